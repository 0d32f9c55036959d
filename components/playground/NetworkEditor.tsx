'use client'
/**
 * The network every segment crosses: one latency, jitter and loss rate, then per-link settings
 * that override them for one direction (from → to), e.g. a slow uplink or a lossy return path.
 * Placeholders show the values that apply when a field is left blank.
 */
import { format } from '@/lib/i18n/define'
import { appendAt, getAt, type Path } from '@/lib/playground/draft'
import { linkTemplate } from '@/lib/playground/templates'
import { Button } from '@/components/ui/Button'
import { IssueText, NumberField, SelectField, useHostOptions } from './fields'
import { fieldId, useForm } from './form-context'
import { ItemControls } from './ItemControls'
import styles from './playground.module.css'

export function NetworkEditor() {
  const { draft, edit, m } = useForm()
  const hosts = useHostOptions().map((h) => h.value)
  const links = getAt(draft, ['network', 'links'])
  const list = Array.isArray(links) ? links : []
  return (
    <section className={styles.section} aria-labelledby="pg-network">
      <h2 id="pg-network">{m.network}</h2>
      <div className={styles.grid}>
        <NumberField path={['network', 'latencyMs']} label={m.latencyMs} min={0} placeholder="10" />
        <NumberField path={['network', 'jitterMs']} label={m.jitterMs} min={0} placeholder="0" />
        <NumberField path={['network', 'loss']} label={m.loss} min={0} max={1} step={0.01} placeholder="0" />
      </div>
      <h3 className={styles.subheading}>{m.links}</h3>
      <p className={styles.hint}>{m.linksHint}</p>
      {list.map((_, i) => (
        <LinkCard key={i} path={['network', 'links', i]} count={list.length} />
      ))}
      <Button
        id="pg-add-link"
        variant="secondary"
        onClick={() => edit((d) => appendAt(d, ['network', 'links'], linkTemplate(hosts)))}
      >
        {m.addLink}
      </Button>
    </section>
  )
}

function LinkCard({ path, count }: { path: Path; count: number }) {
  const { draft, m } = useForm()
  const hosts = useHostOptions()
  const n = (path[path.length - 1] as number) + 1
  const global = (field: string, fallback: number) => {
    const v = getAt(draft, ['network', field])
    return String(typeof v === 'number' ? v : fallback)
  }
  const from = String(getAt(draft, [...path, 'from']) ?? '')
  const to = String(getAt(draft, [...path, 'to']) ?? '')
  return (
    <fieldset className={styles.card}>
      <legend>{format(m.link, { n, from, to })}</legend>
      <IssueText path={path} id={`${fieldId(path)}-issue`} />
      <div className={styles.grid}>
        <SelectField path={[...path, 'from']} label={m.linkFrom} options={hosts} />
        <SelectField path={[...path, 'to']} label={m.linkTo} options={hosts} />
        <NumberField
          path={[...path, 'latencyMs']}
          label={m.latencyMs}
          min={0}
          placeholder={global('latencyMs', 10)}
        />
        <NumberField
          path={[...path, 'jitterMs']}
          label={m.jitterMs}
          min={0}
          placeholder={global('jitterMs', 0)}
        />
        <NumberField
          path={[...path, 'loss']}
          label={m.loss}
          min={0}
          max={1}
          step={0.01}
          placeholder={global('loss', 0)}
        />
      </div>
      <ItemControls
        path={path}
        count={count}
        addButtonId="pg-add-link"
        labels={{ up: m.moveLinkUp, down: m.moveLinkDown, remove: m.removeLink }}
      />
    </fieldset>
  )
}
