import { type ReactNode } from 'react'
import { z } from 'zod'
import { questions } from '@/lib/i18n/messages/questions'
import { type Locale } from '@/lib/i18n/locales'
import styles from './Callout.module.css'

// MDX props are written by hand, so they are parsed like any other input.
export const CalloutProps = z.object({ kind: z.enum(['note', 'warning', 'misconception']).default('note') })

const labelKey = {
  note: 'calloutNote',
  warning: 'calloutWarning',
  misconception: 'calloutMisconception',
} as const

/** `<Callout kind="note|warning|misconception">` in question MDX: a labelled aside. */
export function Callout({
  locale,
  children,
  ...props
}: {
  locale: Locale
  children?: ReactNode
  kind?: unknown
}) {
  const parsed = CalloutProps.safeParse(props)
  if (!parsed.success) {
    throw new Error(
      `<Callout kind="${String(props.kind)}">: kind must be one of note, warning, misconception`,
    )
  }
  const { kind } = parsed.data
  return (
    <aside className={`${styles.callout} ${styles[kind]}`} aria-label={questions[locale][labelKey[kind]]}>
      <p className={styles.label}>{questions[locale][labelKey[kind]]}</p>
      <div className={styles.body}>{children}</div>
    </aside>
  )
}
