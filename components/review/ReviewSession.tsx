'use client'
/**
 * The flashcard session (/review) for visitors and signed-in learners alike. The queue is built
 * in the browser, in the learner's own time zone, by lib/practice/queue.ts; grades go to the API
 * for learners (one review key per grade, the card version they saw) and to localStorage for
 * visitors. Keys: Space/Enter reveal, 1–4 grade, u undoes (use-review-keys.ts).
 */
import { type DeckEntry } from '@/lib/content/practice-deck'
import { type Locale } from '@/lib/i18n/locales'
import { review } from '@/lib/i18n/messages/review'
import { type AccountSettings } from '@/lib/practice/settings'
import { EmptyQueue } from './EmptyQueue'
import { ReviewBar } from './ReviewBar'
import { ReviewCard } from './ReviewCard'
import { ReviewSettings } from './ReviewSettings'
import { SessionSummary } from './SessionSummary'
import { TopicCounts } from './TopicCounts'
import { type AccountProgress } from './session-start'
import { useReviewKeys } from './use-review-keys'
import { useReviewSession } from './use-review-session'
import styles from './review.module.css'

export function ReviewSession({
  deck,
  locale,
  account,
  storedSettings,
}: {
  deck: DeckEntry[]
  locale: Locale
  account: AccountProgress | null
  /** A signed-in learner's settings from their account; null when never saved (or a visitor). */
  storedSettings: AccountSettings | null
}) {
  const t = review[locale]
  const s = useReviewSession({ deck, account, storedSettings, t })
  const { current, settings } = s
  useReviewKeys(
    current
      ? { recall: current.content.kind === 'recall', revealed: s.revealed, twoButton: !!settings?.twoButton }
      : null,
    (command) => {
      if (command.kind === 'undo') void s.undoLast()
      else if (command.kind === 'reveal') s.reveal()
      else void s.gradeRecall(command.rating)
    },
  )

  // Until mount there is no queue to show. Holding a screen's height keeps the footer below the
  // fold, so the session arriving does not push it down the page (CLS was 0.104 on a phone).
  if (!s.ready || !s.queue || !settings) return <div className={styles.pending} aria-busy="true" />

  return (
    <div className={styles.session}>
      {account ? null : <p className={styles.note}>{t.visitorNote}</p>}
      <ReviewBar
        locale={locale}
        topics={[...new Set(deck.flatMap((e) => e.card.topics))]}
        topic={s.topic}
        onTopic={s.setTopic}
        counts={s.queue.counts}
        canUndo={s.canUndo && !s.busy}
        onUndo={() => void s.undoLast()}
      />
      <p className={styles.hint}>{t.keysHelp}</p>
      <p role="status" aria-live="polite" className={styles.status}>
        {s.message}
      </p>
      {current ? (
        <ReviewCard
          entry={current}
          held={s.currentHeld}
          locale={locale}
          left={s.queue.entries.length}
          now={s.now}
          shownAt={s.shownAt}
          retention={settings.retention}
          twoButton={settings.twoButton}
          revealed={s.revealed}
          answered={s.answered}
          busy={s.busy}
          onReveal={s.reveal}
          onGrade={(r) => void s.gradeRecall(r)}
          onAutoAnswer={(correct) => void s.autoGrade(correct)}
          onNext={s.advance}
        />
      ) : (
        <EmptyQueue locale={locale} nextDue={s.queue.nextDue} timeZone={s.timeZone} />
      )}
      <SessionSummary locale={locale} tally={s.tally} />
      <TopicCounts locale={locale} perTopic={s.queue.perTopic} />
      <ReviewSettings
        settings={settings}
        timeZone={account ? s.timeZone : undefined}
        locale={locale}
        onChange={s.changeSettings}
      />
    </div>
  )
}
