import { type ElementType, type ReactNode } from 'react'
import styles from './Card.module.css'

/** A bordered surface. `as` keeps the markup semantic (li, section, article). */
export function Card({ as: Tag = 'div', children }: { as?: ElementType; children: ReactNode }) {
  return <Tag className={styles.card}>{children}</Tag>
}
