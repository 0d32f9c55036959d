// The grade buttons under a revealed recall card, each with the interval it would schedule.
import { Button } from '@/components/ui/Button'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { review } from '@/lib/i18n/messages/review'
import { intervalBetween } from '@/lib/practice/interval'
import { type Grade, Rating } from '@/lib/practice/scheduler'
import styles from './review.module.css'

const RATING_NAMES = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' } as const

/** A rating's name in the learner's language ("Again", "Good", …). */
export const ratingName = (locale: Locale, rating: Grade) => review[locale][RATING_NAMES[rating]]

export function GradeButtons({
  locale,
  twoButton,
  now,
  dueBy,
  busy,
  onGrade,
}: {
  locale: Locale
  /** Again and Good only (still keyed 1 and 3). */
  twoButton: boolean
  now: Date
  /** When the card would be due after each rating. */
  dueBy: Record<Grade, Date>
  busy: boolean
  onGrade: (rating: Grade) => void
}) {
  const t = review[locale]
  const grades: Grade[] = twoButton
    ? [Rating.Again, Rating.Good]
    : [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]
  const intervalText = (due: Date) => {
    const i = intervalBetween(now, due)
    return format(t[i.unit], { n: i.value })
  }
  return (
    <div className={styles.grades} role="group" aria-label={t.show}>
      {grades.map((r, i) => (
        <Button
          key={r}
          className={styles.grade}
          variant={r === Rating.Good ? 'primary' : 'secondary'}
          disabled={busy}
          aria-label={format(t.gradeLabel, {
            rating: ratingName(locale, r),
            interval: intervalText(dueBy[r]),
            key: r,
          })}
          onClick={() => onGrade(r)}
        >
          <span>
            {i + 1 === r ? `${r} · ` : ''}
            {ratingName(locale, r)}
          </span>
          <span className={styles.interval}>{intervalText(dueBy[r])}</span>
        </Button>
      ))}
    </div>
  )
}
