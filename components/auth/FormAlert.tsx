import styles from './AuthForm.module.css'

/** The form-level message (e.g. "Email or password is incorrect"), announced when it appears. */
export function FormAlert({ message }: { message?: string }) {
  return (
    <p role="status" aria-live="polite" className={styles.alert}>
      {message ?? ''}
    </p>
  )
}
