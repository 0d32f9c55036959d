// How many cards this session graded, and how; nothing until the first grade.
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { review } from '@/lib/i18n/messages/review'
import { type Grade } from '@/lib/practice/scheduler'

export function SessionSummary({ locale, tally }: { locale: Locale; tally: Record<Grade, number> }) {
  const t = review[locale]
  const reviewed = tally[1] + tally[2] + tally[3] + tally[4]
  if (reviewed === 0) return null
  return (
    <section aria-label={t.summaryTitle}>
      <h2>{t.summaryTitle}</h2>
      <p data-testid="summary">
        {format(t.summaryReviewed, {
          n: reviewed,
          again: tally[1],
          hard: tally[2],
          good: tally[3],
          easy: tally[4],
        })}
      </p>
    </section>
  )
}
