'use client'
/** The endpoints: name, address, stack profile and the parameters a question usually turns. */
import { useState } from 'react'
import { format } from '@/lib/i18n/define'
import { freshHostId, getAt, renameHost, setAt } from '@/lib/playground/draft'
import { PROFILES } from '@/lib/tcp'
import { Button } from '@/components/ui/Button'
import { NumberField, SelectField, TextField } from './fields'
import { HostParamsMore } from './HostParamsMore'
import { fieldId, useForm } from './form-context'
import styles from './playground.module.css'

export function HostsEditor() {
  const { draft, edit, m } = useForm()
  const hosts = getAt(draft, ['hosts'])
  const ids = Object.keys(hosts && typeof hosts === 'object' ? hosts : {})
  return (
    <section className={styles.section} aria-labelledby="pg-hosts">
      <h2 id="pg-hosts">{m.endpoints}</h2>
      <div className={styles.cards}>
        {ids.map((id, i) => (
          <HostCard key={`${i}-${id}`} id={id} />
        ))}
      </div>
      <Button
        variant="secondary"
        onClick={() =>
          edit((d) => {
            const id = freshHostId(d)
            return setAt(d, ['hosts', id], { ip: `10.0.0.${ids.length + 1}`, profile: 'linux' })
          })
        }
      >
        {m.addHost}
      </Button>
    </section>
  )
}

function HostCard({ id }: { id: string }) {
  const { m, edit, draft } = useForm()
  const base = ['hosts', id] as const
  const p = [...base, 'params'] as const
  // Blank fields take the profile's value: show it, so "blank" never means "unknown".
  const d = PROFILES[getAt(draft, [...base, 'profile']) === 'rfc' ? 'rfc' : 'linux']
  return (
    <fieldset className={styles.card}>
      <legend>{format(m.host, { id })}</legend>
      <div className={styles.grid}>
        <HostIdField id={id} />
        <TextField path={[...base, 'ip']} label={m.ip} />
        <SelectField
          path={[...base, 'profile']}
          label={m.profile}
          options={[
            { value: 'linux', label: m.profileLinux },
            { value: 'rfc', label: m.profileRfc },
          ]}
        />
      </div>
      <details className={styles.params}>
        <summary>{m.params}</summary>
        <div className={styles.grid}>
          <NumberField
            path={[...p, 'timeWaitMs']}
            label={m.timeWaitMs}
            min={0}
            placeholder={String(d.timeWaitMs)}
          />
          <NumberField
            path={[...p, 'minRtoMs']}
            label={m.minRtoMs}
            min={1}
            placeholder={String(d.minRtoMs)}
          />
          <NumberField
            path={[...p, 'maxSynBacklog']}
            label={m.maxSynBacklog}
            min={1}
            placeholder={String(d.maxSynBacklog)}
          />
          <NumberField
            path={[...p, 'somaxconn']}
            label={m.somaxconn}
            min={1}
            placeholder={String(d.somaxconn)}
          />
          <SelectField
            path={[...p, 'synCookies']}
            label={m.synCookies}
            emptyLabel={format(m.profileDefaultIs, { value: d.synCookies })}
            options={[
              { value: 'off', label: m.cookiesOff },
              { value: 'overflow', label: m.cookiesOverflow },
              { value: 'always', label: m.cookiesAlways },
            ]}
          />
          <NumberField
            path={[...p, 'keepalive', 'idleMs']}
            label={m.keepaliveIdle}
            min={1}
            hint={m.keepaliveHint}
            placeholder={String(d.keepalive.idleMs)}
          />
          <NumberField
            path={[...p, 'keepalive', 'intervalMs']}
            label={m.keepaliveInterval}
            min={1}
            placeholder={String(d.keepalive.intervalMs)}
          />
          <NumberField
            path={[...p, 'keepalive', 'probes']}
            label={m.keepaliveProbes}
            min={1}
            placeholder={String(d.keepalive.probes)}
          />
        </div>
      </details>
      <HostParamsMore host={id} />
      <Button
        variant="secondary"
        onClick={() =>
          edit((d) => {
            const rest = { ...(getAt(d, ['hosts']) as Record<string, unknown>) }
            delete rest[id]
            return setAt(d, ['hosts'], rest)
          })
        }
      >
        {format(m.removeHost, { id })}
      </Button>
    </fieldset>
  )
}

/**
 * The host's name is the key of `hosts`, so it is committed on blur (or Enter): renaming on every
 * keystroke would pass through empty and clashing names and drop references on the way.
 */
function HostIdField({ id }: { id: string }) {
  const { m, edit, draft } = useForm()
  const [text, setText] = useState(id)
  const [problem, setProblem] = useState('')
  const inputId = fieldId(['hosts', id, '$id'])
  const commit = () => {
    const next = text.trim()
    if (next === id) return setProblem('')
    if (!next) return setProblem(m.hostIdEmpty)
    if (next in (getAt(draft, ['hosts']) as Record<string, unknown>)) return setProblem(m.hostIdTaken)
    setProblem('')
    edit((d) => renameHost(d, id, next))
  }
  return (
    <div className={styles.field}>
      <label htmlFor={inputId}>{m.hostId}</label>
      <input
        id={inputId}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${inputId}-issue`}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            commit()
          }
        }}
      />
      <p id={`${inputId}-issue`} className={styles.issue} aria-live="polite">
        {problem}
      </p>
    </div>
  )
}
