import { type InputHTMLAttributes } from 'react'
import styles from './AuthForm.module.css'

type Props = InputHTMLAttributes<HTMLInputElement> & {
  id: string
  label: string
  hint?: string
  /** Already translated; empty when the field is fine. */
  error?: string
}

/**
 * A labelled input with its hint and error underneath. The error region is always rendered and
 * `aria-live`, so a screen reader announces a message as soon as the server returns it.
 */
export function AuthField({ id, label, hint, error, ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = `${id}-error`
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        className={styles.input}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        {...input}
      />
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <p id={errorId} className={styles.error} aria-live="polite">
        {error ?? ''}
      </p>
    </div>
  )
}
