'use client'
/** One socket call of an application: what it does, when (a time or an event), and its arguments. */
import { format } from '@/lib/i18n/define'
import { getAt, removeAt, setAt, type Path } from '@/lib/playground/draft'
import { Button } from '@/components/ui/Button'
import { CheckboxField, IssueText, NumberField, SelectField, TextField, useHostOptions } from './fields'
import { fieldId, useForm } from './form-context'
import styles from './playground.module.css'

const KINDS = [
  'connect',
  'listen',
  'accept',
  'send',
  'read',
  'shutdown',
  'close',
  'abort',
  'setsockopt',
] as const
const EVENTS = ['connected', 'accepted', 'eof', 'error', 'closed', 'received'] as const
type Kind = (typeof KINDS)[number]

/** Fields a new kind needs so the action is valid at once; the timing fields carry over. */
function reshape(action: Record<string, unknown>, kind: Kind, hosts: string[]): Record<string, unknown> {
  const { at, on, after } = action
  const timing = Object.fromEntries(Object.entries({ at, on, after }).filter(([, v]) => v !== undefined))
  const extra: Record<Kind, Record<string, unknown>> = {
    connect: { to: hosts.find((h) => h !== 'client') ?? hosts[0] ?? '', port: 80 },
    listen: { port: 80 },
    send: { bytes: 100 },
    setsockopt: { keepalive: true },
    accept: {},
    read: {},
    shutdown: {},
    close: {},
    abort: {},
  }
  return { ...timing, do: kind, ...extra[kind] }
}

export function ActionEditor({ path, n }: { path: Path; n: number }) {
  const { draft, edit, m } = useForm()
  const hosts = useHostOptions()
  const action = (getAt(draft, path) ?? {}) as Record<string, unknown>
  const kind = action.do as Kind
  const mode = action.on !== undefined ? 'on' : 'at'
  const event = typeof action.on === 'object' && action.on !== null ? 'received' : String(action.on ?? '')
  const p = (...rest: (string | number)[]) => [...path, ...rest]
  return (
    <fieldset className={styles.action}>
      <legend>{format(m.action, { n })}</legend>
      <IssueText path={path} id={`${fieldId(path)}-issue`} />
      <div className={styles.grid}>
        <SelectField
          path={p('do')}
          label={m.actionKind}
          options={KINDS.map((k) => ({ value: k, label: m[`do_${k}`] }))}
          onPick={(k) =>
            edit((d) =>
              setAt(
                d,
                path,
                reshape(
                  action,
                  k as Kind,
                  hosts.map((h) => h.value),
                ),
              ),
            )
          }
        />
        <SelectField
          path={p('$when')}
          label={m.whenMode}
          fromValue={() => mode}
          options={[
            { value: 'at', label: m.whenAt },
            { value: 'on', label: m.whenOn },
          ]}
          onPick={(v) =>
            edit((d) =>
              setAt(
                setAt(d, p('at'), v === 'at' ? 0 : undefined),
                p('on'),
                v === 'on' ? 'connected' : undefined,
              ),
            )
          }
        />
        {mode === 'at' ? (
          <NumberField path={p('at')} label={m.at} min={0} />
        ) : (
          <SelectField
            path={p('on')}
            label={m.on}
            fromValue={() => event}
            options={EVENTS.map((e) => ({ value: e, label: m[`on_${e}`] }))}
            onPick={(v) => edit((d) => setAt(d, p('on'), v === 'received' ? { received: 100 } : v))}
          />
        )}
        {event === 'received' && mode === 'on' ? (
          <NumberField path={p('on', 'received')} label={m.received} min={1} />
        ) : null}
        <NumberField path={p('after')} label={m.after} min={0} />
        <KindFields kind={kind} p={p} />
      </div>
      <Button variant="secondary" onClick={() => edit((d) => removeAt(d, path))}>
        {format(m.removeAction, { n })}
      </Button>
    </fieldset>
  )
}

function KindFields({ kind, p }: { kind: Kind; p: (...rest: (string | number)[]) => Path }) {
  const { m } = useForm()
  const hosts = useHostOptions()
  switch (kind) {
    case 'connect':
      return (
        <>
          <SelectField path={p('to')} label={m.toHost} options={hosts} />
          <NumberField path={p('port')} label={m.port} min={1} max={65535} />
          <NumberField path={p('localPort')} label={m.localPort} min={1} max={65535} />
        </>
      )
    case 'listen':
      return (
        <>
          <NumberField path={p('port')} label={m.port} min={1} max={65535} />
          <NumberField path={p('backlog')} label={m.backlog} min={0} />
          <SelectField
            path={p('accept')}
            label={m.acceptMode}
            fromValue={(v) => (typeof v === 'string' ? v : 'auto')}
            options={[
              { value: 'auto', label: m.acceptAuto },
              { value: 'manual', label: m.acceptManual },
              { value: 'never', label: m.acceptNever },
            ]}
          />
        </>
      )
    case 'send':
      return (
        <>
          <NumberField path={p('bytes')} label={m.bytes} min={1} />
          <TextField path={p('label')} label={m.label} optional />
        </>
      )
    case 'read':
      return <NumberField path={p('bytes')} label={m.readBytes} min={1} />
    case 'setsockopt':
      return (
        <>
          <CheckboxField path={p('keepalive')} label={m.keepaliveOn} />
          <CheckboxField path={p('lingerZero')} label={m.lingerZero} />
        </>
      )
    default:
      return null
  }
}
