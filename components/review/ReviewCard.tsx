// The card on screen: its kind and how many are left, its body, and what comes after the answer
// (grade buttons for a recall card, the grade it earned and "Next" for a self-grading one).
import { Button } from '@/components/ui/Button'
import { type DeckEntry } from '@/lib/content/practice-deck'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { review } from '@/lib/i18n/messages/review'
import { type Grade, newCard, previewDue } from '@/lib/practice/scheduler'
import { GradeButtons, ratingName } from './GradeButtons'
import { ReviewCardBody } from './ReviewCardBody'
import { type Held } from './record-grade'
import styles from './review.module.css'

export function ReviewCard({
  entry,
  held,
  locale,
  left,
  now,
  shownAt,
  retention,
  twoButton,
  revealed,
  answered,
  busy,
  onReveal,
  onGrade,
  onAutoAnswer,
  onNext,
}: {
  entry: DeckEntry
  /** The learner's card for this entry; undefined while it is new to them. */
  held: Held | undefined
  locale: Locale
  /** Cards left in the session, this one included. */
  left: number
  now: Date
  /** When the card was shown: a new time remounts its body, fresh. */
  shownAt: number
  retention: number
  twoButton: boolean
  revealed: boolean
  /** The grade a self-grading card earned, once answered. */
  answered: Grade | null
  busy: boolean
  onReveal: () => void
  onGrade: (rating: Grade) => void
  onAutoAnswer: (correct: boolean) => void
  onNext: () => void
}) {
  const t = review[locale]
  const kind = entry.content.kind
  return (
    <section className={styles.card} aria-label={entry.title} data-card-id={entry.card.id}>
      <p className={styles.kind}>
        {kind === 'recall' ? t.cardKindRecall : kind === 'quiz' ? t.cardKindQuiz : t.cardKindPredict}
        {' · '}
        {format(t.left, { n: left })}
      </p>
      <ReviewCardBody
        key={`${entry.card.id}:${shownAt}`}
        entry={entry}
        locale={locale}
        revealed={revealed}
        onAnswer={onAutoAnswer}
      />
      {kind === 'recall' ? (
        revealed ? (
          <GradeButtons
            locale={locale}
            twoButton={twoButton}
            now={now}
            dueBy={previewDue(held?.card ?? newCard(now), now, retention)}
            busy={busy}
            onGrade={onGrade}
          />
        ) : (
          <div>
            <Button onClick={onReveal}>{t.show}</Button>
          </div>
        )
      ) : answered ? (
        <div className={styles.grades}>
          <p className={styles.status}>{format(t.autoGraded, { rating: ratingName(locale, answered) })}</p>
          <Button onClick={onNext} autoFocus>
            {t.next}
          </Button>
        </div>
      ) : null}
    </section>
  )
}
