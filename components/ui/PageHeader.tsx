import { type ReactNode } from 'react'
import styles from './PageHeader.module.css'

/** The title block at the top of a page: one h1, an optional lead and optional extras below. */
export function PageHeader({
  title,
  lead,
  children,
}: {
  title: string
  lead?: string
  children?: ReactNode
}) {
  return (
    <div className={styles.header}>
      <h1 className={styles.title}>{title}</h1>
      {lead ? <p className={styles.lead}>{lead}</p> : null}
      {children}
    </div>
  )
}
