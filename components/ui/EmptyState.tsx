import { type ReactNode } from 'react'
import styles from './EmptyState.module.css'

/** What a page shows when it has nothing yet: a sentence and a way forward. */
export function EmptyState({ message, action }: { message: string; action?: ReactNode }) {
  return (
    <div className={styles.empty}>
      <p>{message}</p>
      {action}
    </div>
  )
}
