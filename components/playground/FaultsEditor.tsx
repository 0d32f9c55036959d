'use client'
/**
 * Faults: lose, copy or hold back the n-th segment that matches a filter, a firewall window, a
 * crash (and reboot), a SYN flood. Reorder and inject faults are edited as JSON.
 */
import { format } from '@/lib/i18n/define'
import { appendAt, getAt, removeAt, setAt, type Path } from '@/lib/playground/draft'
import { Button } from '@/components/ui/Button'
import { IssueText, NumberField, SelectField, TextField, useHostOptions, type Option } from './fields'
import { fieldId, useForm } from './form-context'
import styles from './playground.module.css'

const KINDS = ['drop', 'duplicate', 'delay', 'firewall', 'crash', 'syn-flood'] as const
type Kind = (typeof KINDS)[number]

/** A valid fault of each kind, so switching kinds never leaves a half-filled object behind. */
function template(kind: Kind, hosts: string[]): Record<string, unknown> {
  const a = hosts[0] ?? ''
  const b = hosts[1] ?? a
  switch (kind) {
    case 'drop':
    case 'duplicate':
      return { kind, match: { from: a }, nth: 1 }
    case 'delay':
      return { kind, match: { from: a }, delayMs: 200, nth: 1 }
    case 'firewall':
      return { kind, host: b, at: 0, direction: 'both' }
    case 'crash':
      return { kind, host: b, at: 1000 }
    case 'syn-flood':
      return { kind, from: a, to: b, port: 80, at: 0, ratePerSec: 100, count: 50 }
  }
}

export function FaultsEditor() {
  const { draft, edit, m } = useForm()
  const hosts = useHostOptions().map((h) => h.value)
  const faults = Array.isArray(getAt(draft, ['faults'])) ? (getAt(draft, ['faults']) as unknown[]) : []
  return (
    <section className={styles.section} aria-labelledby="pg-faults">
      <h2 id="pg-faults">{m.faults}</h2>
      {faults.map((_, i) => (
        <FaultCard key={i} path={['faults', i]} n={i + 1} />
      ))}
      <Button
        variant="secondary"
        onClick={() => edit((d) => appendAt(d, ['faults'], template('drop', hosts)))}
      >
        {m.addFault}
      </Button>
    </section>
  )
}

function FaultCard({ path, n }: { path: Path; n: number }) {
  const { draft, edit, m } = useForm()
  const hosts = useHostOptions()
  const kind = String(getAt(draft, [...path, 'kind']) ?? '')
  const known = (KINDS as readonly string[]).includes(kind)
  const options: Option[] = KINDS.map((k) => ({ value: k, label: m[`kind_${k}`] }))
  if (!known) options.push({ value: kind, label: format(m.kind_other, { kind }) })
  return (
    <fieldset className={styles.card}>
      <legend>{format(m.fault, { n })}</legend>
      <IssueText path={path} id={`${fieldId(path)}-issue`} />
      <div className={styles.grid}>
        <SelectField
          path={[...path, 'kind']}
          label={m.faultKind}
          options={options}
          onPick={(k) =>
            edit((d) =>
              setAt(
                d,
                path,
                template(
                  k as Kind,
                  hosts.map((h) => h.value),
                ),
              ),
            )
          }
        />
        {known ? <KindFields kind={kind as Kind} path={path} /> : <p className={styles.hint}>{m.jsonOnly}</p>}
      </div>
      <Button variant="secondary" onClick={() => edit((d) => removeAt(d, path))}>
        {format(m.removeFault, { n })}
      </Button>
    </fieldset>
  )
}

function KindFields({ kind, path }: { kind: Kind; path: Path }) {
  const { m } = useForm()
  const hosts = useHostOptions()
  const p = (...rest: string[]) => [...path, ...rest]
  switch (kind) {
    case 'drop':
    case 'duplicate':
    case 'delay':
      return (
        <>
          <SelectField path={p('match', 'from')} label={m.matchFrom} options={hosts} emptyLabel={m.any} />
          <SelectField path={p('match', 'to')} label={m.matchTo} options={hosts} emptyLabel={m.any} />
          <TextField path={p('match', 'flags')} label={m.flags} optional />
          <TextField path={p('match', 'hasFlags')} label={m.hasFlags} optional />
          <SelectField
            path={p('match', 'payload')}
            label={m.payload}
            emptyLabel={m.any}
            options={[
              { value: 'true', label: m.payloadYes },
              { value: 'false', label: m.payloadNo },
            ]}
            fromValue={(v) => (typeof v === 'boolean' ? String(v) : '')}
            toValue={(v) => v === 'true'}
          />
          <NumberField path={p('nth')} label={m.nth} min={1} />
          <NumberField path={p('count')} label={m.count} min={1} />
          {kind === 'delay' ? <NumberField path={p('delayMs')} label={m.delayMs} min={0} /> : null}
        </>
      )
    case 'firewall':
      return (
        <>
          <SelectField path={p('host')} label={m.faultHost} options={hosts} />
          <NumberField path={p('at')} label={m.from} min={0} />
          <NumberField path={p('until')} label={m.untilMs} min={0} />
          <SelectField
            path={p('direction')}
            label={m.direction}
            fromValue={(v) => (typeof v === 'string' ? v : 'both')}
            options={[
              { value: 'both', label: m.dirBoth },
              { value: 'from', label: m.dirFrom },
              { value: 'to', label: m.dirTo },
            ]}
          />
        </>
      )
    case 'crash':
      return (
        <>
          <SelectField path={p('host')} label={m.faultHost} options={hosts} />
          <NumberField path={p('at')} label={m.crashAt} min={0} />
          <NumberField path={p('rebootAt')} label={m.rebootAt} min={0} />
        </>
      )
    case 'syn-flood':
      return (
        <>
          <SelectField path={p('from')} label={m.attacker} options={hosts} />
          <SelectField path={p('to')} label={m.target} options={hosts} />
          <NumberField path={p('port')} label={m.port} min={1} max={65535} />
          <NumberField path={p('at')} label={m.startAt} min={0} />
          <NumberField path={p('ratePerSec')} label={m.rate} min={1} step={1} />
          <NumberField path={p('count')} label={m.synCount} min={1} />
        </>
      )
  }
}
