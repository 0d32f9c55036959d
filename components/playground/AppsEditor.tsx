'use client'
/** Applications: which host runs them, how they read, and their list of socket calls. */
import { format } from '@/lib/i18n/define'
import { appendAt, getAt, removeAt } from '@/lib/playground/draft'
import { Button } from '@/components/ui/Button'
import { ActionEditor } from './ActionEditor'
import { SelectField, useHostOptions } from './fields'
import { fieldId, useForm } from './form-context'
import { IssueText } from './fields'
import styles from './playground.module.css'

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

export function AppsEditor() {
  const { draft, edit, m } = useForm()
  const apps = asArray(getAt(draft, ['apps']))
  const hosts = useHostOptions()
  return (
    <section className={styles.section} aria-labelledby="pg-apps">
      <h2 id="pg-apps">{m.applications}</h2>
      {apps.map((_, i) => (
        <AppCard key={i} index={i} />
      ))}
      <Button
        variant="secondary"
        onClick={() =>
          edit((d) =>
            appendAt(d, ['apps'], {
              host: hosts[0]?.value ?? '',
              actions: [{ at: 0, do: 'listen', port: 80 }],
            }),
          )
        }
      >
        {m.addApp}
      </Button>
    </section>
  )
}

function AppCard({ index }: { index: number }) {
  const { draft, edit, m } = useForm()
  const path = ['apps', index] as const
  const hosts = useHostOptions()
  const actions = asArray(getAt(draft, [...path, 'actions']))
  const host = String(getAt(draft, [...path, 'host']) ?? '')
  const n = index + 1
  return (
    <fieldset className={styles.card}>
      <legend>{format(m.app, { n, host })}</legend>
      <IssueText path={path} id={`${fieldId(path)}-issue`} />
      <div className={styles.grid}>
        <SelectField path={[...path, 'host']} label={m.appHost} options={hosts} />
        <SelectField
          path={[...path, 'read']}
          label={m.reading}
          fromValue={(v) => (typeof v === 'string' ? v : 'auto')}
          options={[
            { value: 'auto', label: m.readAuto },
            { value: 'manual', label: m.readManual },
            { value: 'never', label: m.readNever },
          ]}
        />
      </div>
      <IssueText path={[...path, 'actions']} id={`${fieldId([...path, 'actions'])}-issue`} />
      <ol className={styles.actions}>
        {actions.map((_, j) => (
          <li key={j}>
            <ActionEditor path={[...path, 'actions', j]} n={j + 1} />
          </li>
        ))}
      </ol>
      <div className={styles.row}>
        <Button
          variant="secondary"
          onClick={() => edit((d) => appendAt(d, [...path, 'actions'], { on: 'connected', do: 'close' }))}
        >
          {m.addAction}
        </Button>
        <Button variant="secondary" onClick={() => edit((d) => removeAt(d, path))}>
          {format(m.removeApp, { n })}
        </Button>
      </div>
    </fieldset>
  )
}
