'use client'
// What one review card shows: the recall card's front and back, a quiz item, or the simulation
// paused at a prediction. Auto-graded kinds report right/wrong through `onAnswer`.
import { lazy, Suspense } from 'react'
import Link from 'next/link'
import { OrderingQuestion } from '@/components/quiz/OrderingQuestion'
import { QuizQuestion } from '@/components/quiz/QuizQuestion'
import { type DeckEntry } from '@/lib/content/practice-deck'
import { type Locale } from '@/lib/i18n/locales'
import { quiz } from '@/lib/i18n/messages/quiz'
import { review } from '@/lib/i18n/messages/review'
import styles from './review.module.css'

const Player = lazy(() => import('@/components/sim/PlayerFromScenario'))

export function ReviewCardBody({
  entry,
  locale,
  revealed,
  onAnswer,
}: {
  entry: DeckEntry
  locale: Locale
  revealed: boolean
  /** Auto-graded kinds: right or wrong, and the answer as text (a choice id, or step ids joined by commas). */
  onAnswer: (correct: boolean, answer: string) => void
}) {
  const t = review[locale]
  const q = quiz[locale]
  const { content } = entry
  if (content.kind === 'recall')
    return (
      <div className={styles.recall}>
        <p className={styles.front}>{entry.title}</p>
        {revealed ? (
          <div className={styles.back}>
            <p>{content.answer}</p>
            <Link href={`/questions/${entry.card.slug}`}>{t.fullAnswer}</Link>
          </div>
        ) : (
          <p className={styles.hint}>{t.recallFront}</p>
        )}
      </div>
    )
  if (content.kind === 'quiz') {
    const { item } = content
    return item.kind === 'ordering' ? (
      <OrderingQuestion
        item={item}
        heading={entry.title}
        labels={{ ...q, check: q.check, tryAgain: q.tryAgain }}
        onAnswer={(a) => onAnswer(a.correct, a.order.join(','))}
      />
    ) : (
      <QuizQuestion
        item={item}
        heading={entry.title}
        labels={q}
        onAnswer={(a) => onAnswer(a.correct, a.choiceId)}
      />
    )
  }
  return (
    <div className={styles.predict}>
      <p className={styles.front}>{entry.title}</p>
      <p className={styles.hint}>{t.predictFront}</p>
      <Suspense fallback={<p aria-busy="true">…</p>}>
        <Player
          scenarioId={content.embed.scenario}
          overrides={content.embed.overrides}
          predict={content.embed.predict}
          locale={locale}
          onPredictionAnswer={(a) => onAnswer(a.correct, a.choiceId)}
        />
      </Suspense>
    </div>
  )
}
