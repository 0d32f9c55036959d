'use client'
/**
 * The filtered questions with the learner's status on each. A signed-in learner's statuses come
 * from the server (already filtered there); a visitor's are computed here from the progress this
 * browser keeps, after mount, and the status filter applies then. Before that (and without
 * JavaScript) a visitor sees the list without statuses.
 */
import { useEffect, useState } from 'react'
import { Badge, type BadgeTone } from '@/components/ui/Badge'
import { EmptyState } from '@/components/ui/EmptyState'
import { type Difficulty } from '@/lib/content/schema'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { questionList } from '@/lib/i18n/messages/question-list'
import { questionStatuses, type QuestionStatus } from '@/lib/practice/question-status'
import { readVisitorFacts } from '@/lib/practice/visitor-facts'
import { VISITOR_PROGRESS_KEY } from '@/lib/practice/visitor-progress-key'
import { QuestionCard } from './QuestionCard'
import styles from './QuestionList.module.css'

export interface ResultItem {
  readonly id: string
  readonly slug: string
  readonly title: string
  readonly summary: string
  readonly difficulty: Difficulty
  readonly topics: string[]
}

type Statuses = Readonly<Record<string, Exclude<QuestionStatus, 'new'>>>

const TONES: Record<QuestionStatus, BadgeTone> = { new: 'neutral', due: 'warning', learned: 'success' }
const LABELS = { new: 'statusNew', due: 'statusDue', learned: 'statusLearned' } as const

function browserStatuses(): Statuses {
  const { cards } = readVisitorFacts(localStorage.getItem(VISITOR_PROGRESS_KEY))
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  return Object.fromEntries(questionStatuses(cards, new Date(), timeZone))
}

export function QuestionResults({
  items,
  total,
  statuses,
  wantedStatus,
  locale,
}: {
  items: ResultItem[]
  /** How many questions there are before filtering. */
  total: number
  /** The signed-in learner's statuses; null for a visitor (computed in the browser). */
  statuses: Statuses | null
  /** A visitor's status filter, which only the browser can apply. */
  wantedStatus?: QuestionStatus
  locale: Locale
}) {
  const t = questionList[locale]
  const [visitor, setVisitor] = useState<Statuses | null>(null)
  useEffect(() => {
    if (!statuses) setVisitor(browserStatuses())
  }, [statuses])

  const known = statuses ?? visitor
  const statusOf = (id: string): QuestionStatus => known?.[id] ?? 'new'
  const shown = known && wantedStatus ? items.filter((q) => statusOf(q.id) === wantedStatus) : items

  return (
    <>
      <p role="status" aria-live="polite" className={styles.count} data-testid="question-count">
        {format(t.count, { n: shown.length, total })}
      </p>
      {shown.length === 0 ? (
        <EmptyState message={t.noMatch} />
      ) : (
        <ul className={styles.list}>
          {shown.map((q) => (
            <QuestionCard
              key={q.slug}
              {...q}
              locale={locale}
              status={
                known ? (
                  <p className={styles.status} data-status={statusOf(q.id)}>
                    <Badge tone={TONES[statusOf(q.id)]}>
                      {format(t.statusLabel, { status: t[LABELS[statusOf(q.id)]] })}
                    </Badge>
                  </p>
                ) : undefined
              }
            />
          ))}
        </ul>
      )}
    </>
  )
}
