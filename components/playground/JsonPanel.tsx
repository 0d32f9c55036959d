'use client'
/**
 * The whole draft as JSON, for pasting a scenario in or out, and for stack parameters the host
 * cards leave out. Edits stay local until applied, so a half-typed brace never reaches
 * the form; after that the form and the panel show the same draft.
 */
import { useState } from 'react'
import { format } from '@/lib/i18n/define'
import { type Draft } from '@/lib/playground/draft'
import { Button } from '@/components/ui/Button'
import { useForm } from './form-context'
import { ProblemList } from './ProblemList'
import styles from './playground.module.css'

export function JsonPanel({ issues }: { issues: readonly { path: string; message: string }[] }) {
  const { draft, edit, m } = useForm()
  // While the learner types, their text wins; otherwise the panel mirrors the form.
  const [text, setText] = useState<string | null>(null)
  const [status, setStatus] = useState<{ kind: 'syntax'; message: string } | { kind: 'applied' } | null>(null)
  const shown = text ?? JSON.stringify(draft, null, 2)

  const apply = () => {
    let parsed: unknown
    try {
      parsed = JSON.parse(shown)
    } catch (e) {
      setStatus({ kind: 'syntax', message: e instanceof Error ? e.message : String(e) })
      return
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      setStatus({ kind: 'syntax', message: '{ … }' })
      return
    }
    edit(() => parsed as Draft)
    setText(null)
    setStatus({ kind: 'applied' })
  }

  return (
    <details className={styles.section}>
      <summary className={styles.summary}>{m.json}</summary>
      <div className={styles.field}>
        <label htmlFor="pg-json">{m.jsonLabel}</label>
        <textarea
          id="pg-json"
          className={styles.json}
          rows={18}
          spellCheck={false}
          value={shown}
          aria-describedby="pg-json-status"
          aria-invalid={status?.kind === 'syntax' || undefined}
          onChange={(e) => {
            setText(e.target.value)
            setStatus(null)
          }}
        />
      </div>
      <div id="pg-json-status" aria-live="polite">
        {status?.kind === 'syntax' ? (
          <p className={styles.issue}>{format(m.jsonSyntax, { message: status.message })}</p>
        ) : null}
        {status?.kind === 'applied' && issues.length === 0 ? <p>{m.jsonApplied}</p> : null}
        {status?.kind === 'applied' && issues.length > 0 ? (
          <ProblemList title={m.jsonProblems} issues={issues} />
        ) : null}
      </div>
      <Button variant="secondary" onClick={apply}>
        {m.applyJson}
      </Button>
    </details>
  )
}
