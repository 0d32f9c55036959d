import Link from 'next/link'
import { type ReactNode } from 'react'
import styles from './Button.module.css'

/** A link that looks like a button: navigation stays a real <a>. */
export function ButtonLink({
  href,
  variant = 'primary',
  children,
}: {
  href: string
  variant?: 'primary' | 'secondary'
  children: ReactNode
}) {
  return (
    <Link href={href} className={`${styles.button} ${styles[variant]}`}>
      {children}
    </Link>
  )
}
