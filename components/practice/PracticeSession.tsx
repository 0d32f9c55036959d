'use client'
/**
 * A quiz session (/practice): choose topics, difficulty and length; answer a mix of multiple
 * choice, ordering and prediction items, each explained after the answer; see the score and the
 * wrong items, which are already in the review queue (each answer is an FSRS grade, decision 008).
 * Signed-in learners' answers are also stored as attempts.
 */
import { type FormEvent, useState } from 'react'
import Link from 'next/link'
import { ReviewCardBody } from '@/components/review/ReviewCardBody'
import { loadSettings, newReviewKey, postJson } from '@/components/review/browser-progress'
import { type Held, ratingFor, recordGrade } from '@/components/review/record-grade'
import { Button } from '@/components/ui/Button'
import { type DeckEntry } from '@/lib/content/practice-deck'
import { topicLabel } from '@/lib/content/topics'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { questions } from '@/lib/i18n/messages/questions'
import { practice } from '@/lib/i18n/messages/practice'
import { pickSessionCards, quizSessionOptionsSchema, scoreSession } from '@/lib/practice/quiz-session'
import styles from './practice.module.css'

type Answer = { cardId: string; correct: boolean }

export function PracticeSession({
  deck,
  locale,
  held: initialHeld,
  signedIn,
}: {
  deck: DeckEntry[]
  locale: Locale
  /** The learner's cards with their versions (empty for visitors: their cards are in the browser). */
  held: Record<string, Held>
  signedIn: boolean
}) {
  const t = practice[locale]
  const [session, setSession] = useState<{ id: string; cards: DeckEntry[] } | null>(null)
  const [index, setIndex] = useState(0)
  const [answers, setAnswers] = useState<Answer[]>([])
  const [answered, setAnswered] = useState(false)
  const [shownAt, setShownAt] = useState(0)
  const [held, setHeld] = useState(initialHeld)
  const [message, setMessage] = useState('')

  const topics = [...new Set(deck.flatMap((e) => e.card.topics))]
  const byId = new Map(deck.map((e) => [e.card.id, e]))

  function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const options = quizSessionOptionsSchema.safeParse({
      topics: form.getAll('topic'),
      difficulties: form.getAll('difficulty'),
      length: Number(form.get('length')),
      seed: Math.floor(Math.random() * 2 ** 31),
    })
    if (!options.success) return setMessage(options.error.issues[0].message)
    const cards = pickSessionCards(
      deck.map((e) => e.card),
      options.data,
    ).map((c) => byId.get(c.id)!)
    if (!cards.length) return setMessage(t.none)
    setMessage('')
    setSession({ id: newReviewKey(), cards })
    setIndex(0)
    setAnswers([])
    setAnswered(false)
    setShownAt(Date.now())
  }

  async function onAnswer(entry: DeckEntry, correct: boolean, answer: string) {
    if (answered || !session) return
    setAnswered(true)
    const elapsedMs = Date.now() - shownAt
    setAnswers((a) => [...a, { cardId: entry.card.id, correct }])
    const kind = entry.card.kind === 'predict' ? 'predict' : (entry.card.quizKind ?? 'choice')
    const before = held[entry.card.id]
    const outcome = await recordGrade({
      signedIn,
      cardId: entry.card.id,
      rating: ratingFor(correct, kind, elapsedMs, before),
      before,
      retention: loadSettings().retention,
    })
    const next = outcome.ok ? outcome.held : outcome.stale
    if (next) setHeld((h) => ({ ...h, [entry.card.id]: next }))
    if (!outcome.ok && outcome.reason !== 'stale')
      setMessage(format(t.saveFailed, { reason: outcome.reason }))
    if (signedIn) {
      const res = await postJson('/api/practice/attempt', {
        attemptKey: newReviewKey(),
        sessionId: session.id,
        cardId: entry.card.id,
        answer,
        correct,
        elapsedMs: Math.min(elapsedMs, 3_600_000),
      }).catch(() => null)
      if (res?.status !== 200) setMessage(format(t.saveFailed, { reason: String(res?.status ?? 'network') }))
    }
  }

  if (!session)
    return (
      <form className={styles.setup} onSubmit={start} aria-labelledby="practice-setup">
        <h2 id="practice-setup">{t.setupTitle}</h2>
        {signedIn ? null : <p className={styles.note}>{t.visitorNote}</p>}
        <fieldset>
          <legend>{t.topics}</legend>
          {topics.map((topic) => (
            <label key={topic}>
              <input type="checkbox" name="topic" value={topic} /> {topicLabel(topic, locale)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.difficulties}</legend>
          {(['easy', 'medium', 'hard'] as const).map((level) => (
            <label key={level}>
              <input type="checkbox" name="difficulty" value={level} /> {questions[locale][level]}
            </label>
          ))}
        </fieldset>
        <label>
          {t.length} <input type="number" name="length" min={1} max={30} defaultValue={5} />
        </label>
        <div>
          <Button type="submit">{t.start}</Button>
        </div>
        <p role="status" aria-live="polite">
          {message}
        </p>
      </form>
    )

  const done = index >= session.cards.length
  if (done) {
    const score = scoreSession(answers)
    return (
      <section className={styles.setup} aria-labelledby="practice-score">
        <h2 id="practice-score">{t.scoreTitle}</h2>
        <p data-testid="score">{format(t.score, { right: score.right, total: score.total })}</p>
        {score.wrong.length ? (
          <>
            <h3>{t.wrongTitle}</h3>
            <p>{t.wrongLead}</p>
            <ul aria-label={t.wrongTitle}>
              {score.wrong.map((id) => (
                <li key={id}>{byId.get(id)?.title ?? id}</li>
              ))}
            </ul>
            <p>
              <Link href="/review">{t.review}</Link>
            </p>
          </>
        ) : null}
        <div>
          <Button variant="secondary" onClick={() => setSession(null)}>
            {t.again}
          </Button>
        </div>
      </section>
    )
  }

  const entry = session.cards[index]
  const last = index === session.cards.length - 1
  return (
    <section
      className={styles.setup}
      aria-label={format(t.progress, { n: index + 1, total: session.cards.length })}
    >
      <p className={styles.note}>{format(t.progress, { n: index + 1, total: session.cards.length })}</p>
      <div data-card-id={entry.card.id}>
        <ReviewCardBody
          key={`${session.id}:${index}`}
          entry={entry}
          locale={locale}
          revealed={false}
          onAnswer={(correct, answer) => void onAnswer(entry, correct, answer)}
        />
      </div>
      {answered ? (
        <div>
          <Button
            autoFocus
            onClick={() => {
              setIndex(index + 1)
              setAnswered(false)
              setShownAt(Date.now())
            }}
          >
            {last ? t.finish : t.next}
          </Button>
        </div>
      ) : null}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  )
}
