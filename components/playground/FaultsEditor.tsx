'use client'
/**
 * Faults, applied in list order: lose, hold back, copy or reorder the n-th segment that matches a
 * filter; inject a segment (an old duplicate, a forged RST); a firewall window; a crash and
 * reboot; a spoofed SYN flood. Each can be moved up or down and removed.
 */
import { format } from '@/lib/i18n/define'
import { appendAt, getAt, setAt, type Path } from '@/lib/playground/draft'
import {
  FAULT_KINDS,
  faultTemplate,
  MATCHING_FAULTS,
  switchFaultKind,
  type FaultKind,
} from '@/lib/playground/templates'
import { Button } from '@/components/ui/Button'
import { FaultFields } from './FaultFields'
import { IssueText, SelectField, useHostOptions, type Option } from './fields'
import { fieldId, useForm } from './form-context'
import { ItemControls } from './ItemControls'
import { SegmentFilterFields } from './SegmentFilterFields'
import styles from './playground.module.css'

export function FaultsEditor() {
  const { draft, edit, m } = useForm()
  const hosts = useHostOptions().map((h) => h.value)
  const faults = Array.isArray(getAt(draft, ['faults'])) ? (getAt(draft, ['faults']) as unknown[]) : []
  return (
    <section className={styles.section} aria-labelledby="pg-faults">
      <h2 id="pg-faults">{m.faults}</h2>
      <p className={styles.hint}>{m.faultsHint}</p>
      {faults.map((_, i) => (
        <FaultCard key={i} path={['faults', i]} count={faults.length} />
      ))}
      <Button
        id="pg-add-fault"
        variant="secondary"
        onClick={() => edit((d) => appendAt(d, ['faults'], faultTemplate('drop', hosts)))}
      >
        {m.addFault}
      </Button>
    </section>
  )
}

function FaultCard({ path, count }: { path: Path; count: number }) {
  const { draft, edit, m } = useForm()
  const hosts = useHostOptions().map((h) => h.value)
  const n = (path[path.length - 1] as number) + 1
  const kind = String(getAt(draft, [...path, 'kind']) ?? '')
  const known = (FAULT_KINDS as readonly string[]).includes(kind)
  const options: Option[] = FAULT_KINDS.map((k) => ({ value: k, label: m[`kind_${k}`] }))
  return (
    <fieldset className={styles.card}>
      <legend>{format(m.fault, { n })}</legend>
      <IssueText path={path} id={`${fieldId(path)}-issue`} />
      <div className={styles.grid}>
        <SelectField
          path={[...path, 'kind']}
          label={m.faultKind}
          options={options}
          onPick={(k) => edit((d) => setAt(d, path, switchFaultKind(getAt(d, path), k as FaultKind, hosts)))}
        />
        {known ? <FaultFields kind={kind as FaultKind} path={path} /> : null}
      </div>
      {MATCHING_FAULTS.includes(kind as FaultKind) ? (
        <fieldset className={styles.action}>
          <legend>{m.matching}</legend>
          <IssueText path={[...path, 'match']} id={`${fieldId([...path, 'match'])}-issue`} />
          <div className={styles.grid}>
            <SegmentFilterFields path={[...path, 'match']} />
          </div>
        </fieldset>
      ) : null}
      <ItemControls
        path={path}
        count={count}
        addButtonId="pg-add-fault"
        labels={{ up: m.moveFaultUp, down: m.moveFaultDown, remove: m.removeFault }}
      />
    </fieldset>
  )
}
