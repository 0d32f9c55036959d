'use client'
/**
 * The flashcard session (/review) for visitors and signed-in learners alike. The queue is built
 * in the browser, in the learner's own time zone, by lib/practice/queue.ts; grades go to the API
 * for learners (one review key per grade, the card version they saw) and to localStorage for
 * visitors. Keys: Space/Enter reveal, 1–4 grade, u undoes.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/Button'
import { type DeckEntry } from '@/lib/content/practice-deck'
import { topicLabel } from '@/lib/content/topics'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { review } from '@/lib/i18n/messages/review'
import { intervalBetween } from '@/lib/practice/interval'
import { buildQueue, pickNext, type ReviewFact } from '@/lib/practice/queue'
import {
  cardFromSnapshot,
  cardSnapshotSchema,
  type CardSnapshot,
  type Grade,
  logFromSnapshot,
  newCard,
  previewDue,
  Rating,
  snapshotCard,
  State,
  undo,
} from '@/lib/practice/scheduler'
import { accountSettingsSchema, type AccountSettings, type PracticeSettings } from '@/lib/practice/settings'
import {
  browserTimeZone,
  clearVisitorProgress,
  loadSettings,
  loadVisitorProgress,
  postJson,
  saveSettings,
  saveVisitorProgress,
} from './browser-progress'
import { ReviewCardBody } from './ReviewCardBody'
import { type Held, ratingFor, recordGrade } from './record-grade'
import { ReviewSettings } from './ReviewSettings'
import styles from './review.module.css'

/** A signed-in learner's records, as the page loaded them. */
export interface AccountProgress {
  readonly cards: { readonly cardId: string; readonly card: CardSnapshot; readonly version: number }[]
  /** Effective reviews of the last two days (enough for "today" in any time zone). */
  readonly recent: {
    readonly key: string
    readonly cardId: string
    readonly state: number
    readonly review: string
  }[]
}

type Fact = ReviewFact & { key: string }
const RATING_NAMES = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' } as const

function fromAccount(account: AccountProgress): { held: Map<string, Held>; facts: Fact[] } {
  return {
    held: new Map(
      account.cards.map((c) => [c.cardId, { card: cardFromSnapshot(c.card), version: c.version }]),
    ),
    facts: account.recent.map((r) => ({
      key: r.key,
      cardId: r.cardId,
      state: r.state,
      review: new Date(r.review),
    })),
  }
}

function fromBrowser(): { held: Map<string, Held>; facts: Fact[]; unreadable: boolean } {
  const { progress, unreadable } = loadVisitorProgress()
  const held = new Map(
    Object.entries(progress.cards).map(([id, s]) => [id, { card: cardFromSnapshot(s), version: 0 }]),
  )
  const facts = progress.reviews
    .filter((r) => !r.undone)
    .map((r) => ({ key: r.key, cardId: r.cardId, state: r.log.state, review: new Date(r.log.review) }))
  return { held, facts, unreadable }
}

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
  const router = useRouter()
  // Everything below depends on the browser (clock, time zone, storage): filled in after mount.
  const [ready, setReady] = useState(false)
  const [now, setNow] = useState(() => new Date(0))
  const [timeZone, setTimeZone] = useState('UTC')
  const [settings, setSettings] = useState<PracticeSettings | null>(null)
  const [held, setHeld] = useState(() => new Map<string, Held>())
  const [facts, setFacts] = useState<Fact[]>([])
  const [topic, setTopic] = useState('')
  const [revealed, setRevealed] = useState(false)
  const [pinned, setPinned] = useState<string | null>(null)
  const [answered, setAnswered] = useState<Grade | null>(null)
  const [shownAt, setShownAt] = useState(0)
  const [undoStack, setUndoStack] = useState<{ cardId: string; key: string; rating: Grade }[]>([])
  const [tally, setTally] = useState<Record<Grade, number>>({ 1: 0, 2: 0, 3: 0, 4: 0 })
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const start = account ? { ...fromAccount(account), unreadable: false } : fromBrowser()
    setHeld(start.held)
    setFacts(start.facts)
    if (start.unreadable) setMessage(t.unreadable)
    const chosen = storedSettings ?? { ...loadSettings(), timeZone: browserTimeZone() }
    const { timeZone: zone, ...rest } = chosen
    setSettings(rest)
    setTimeZone(account ? zone : browserTimeZone())
    setNow(new Date())
    setShownAt(Date.now())
    setReady(true)
    // A learner without stored settings gets this browser's, once; stored ones are never replaced.
    if (account && !storedSettings)
      void postJson('/api/settings', { settings: chosen, adopt: true }).then((res) => {
        const stored = accountSettingsSchema.safeParse(res.body.settings)
        if (res.status !== 200 || !stored.success) return
        const { timeZone: storedZone, ...storedRest } = stored.data
        setSettings(storedRest)
        setTimeZone(storedZone)
      })
  }, [account, storedSettings, t.unreadable])

  /** Visitors keep settings in this browser; learners in their account (POST /api/settings). */
  function changeSettings(next: PracticeSettings, zone?: string) {
    setSettings(next)
    if (!account) return saveSettings(next)
    if (zone) setTimeZone(zone)
    postJson('/api/settings', { settings: { ...next, timeZone: zone ?? timeZone } }).then(
      (res) =>
        setMessage(
          res.status === 200 ? t.settingsSaved : format(t.settingsNotSaved, { reason: String(res.status) }),
        ),
      () => setMessage(format(t.settingsNotSaved, { reason: 'network' })),
    )
  }

  // A visitor who has just signed in: their browser's reviews join the account, once.
  useEffect(() => {
    if (!account) return
    const { progress } = loadVisitorProgress()
    if (!progress.reviews.length) return
    void postJson('/api/progress/merge', { reviews: progress.reviews }).then((res) => {
      if (res.status !== 200) return
      clearVisitorProgress()
      setMessage(format(t.merged, { n: Number(res.body.imported ?? 0) }))
      router.refresh()
    })
  }, [account, router, t.merged])

  const queue = useMemo(
    () =>
      settings
        ? buildQueue({
            deck: deck.map((e) => e.card),
            states: new Map([...held].map(([id, h]) => [id, h.card])),
            reviewsToday: facts,
            now,
            timeZone,
            settings,
            topics: topic ? [topic] : undefined,
          })
        : null,
    [deck, held, facts, now, timeZone, settings, topic],
  )
  const byId = useMemo(() => new Map(deck.map((e) => [e.card.id, e])), [deck])
  const currentId = pinned ?? (queue ? pickNext(queue.entries, now)?.card.id : undefined)
  const current = currentId ? byId.get(currentId) : undefined
  const currentHeld = currentId ? held.get(currentId) : undefined

  function apply(cardId: string, body: Record<string, unknown>) {
    const card = cardSnapshotSchema.safeParse(body.card)
    if (!card.success || typeof body.version !== 'number') return
    setHeld((m) =>
      new Map(m).set(cardId, { card: cardFromSnapshot(card.data), version: body.version as number }),
    )
  }

  /** Records a grade for the current card; true when it counted. */
  async function record(rating: Grade): Promise<boolean> {
    if (!current || busy || !settings) return false
    const cardId = current.card.id
    const before = held.get(cardId)
    setBusy(true)
    const outcome = await recordGrade({
      signedIn: Boolean(account),
      cardId,
      rating,
      before,
      retention: settings.retention,
    })
    setBusy(false)
    if (!outcome.ok) {
      const stale = outcome.stale
      if (stale) setHeld((m) => new Map(m).set(cardId, stale))
      setMessage(outcome.reason === 'stale' ? t.stale : format(t.saveFailed, { reason: outcome.reason }))
      return false
    }
    const { key } = outcome
    setHeld((m) => new Map(m).set(cardId, outcome.held))
    setFacts((f) => [...f, { key, cardId, state: before?.card.state ?? State.New, review: new Date() }])
    setUndoStack((s) => [...s, { cardId, key, rating }])
    setTally((c) => ({ ...c, [rating]: c[rating] + 1 }))
    setMessage('')
    return true
  }

  function advance() {
    setPinned(null)
    setAnswered(null)
    setRevealed(false)
    setNow(new Date())
    setShownAt(Date.now())
  }

  async function gradeRecall(rating: Grade) {
    if (await record(rating)) advance()
  }

  async function onAutoAnswer(correct: boolean) {
    if (!current || answered) return
    const kind = current.content.kind === 'quiz' ? (current.card.quizKind ?? 'choice') : 'predict'
    const rating = ratingFor(correct, kind, Date.now() - shownAt, currentHeld)
    setPinned(current.card.id)
    if (await record(rating)) setAnswered(rating)
    else setPinned(null)
  }

  async function undoLast() {
    const last = undoStack.at(-1)
    if (!last || busy || !settings) return setMessage(t.nothingToUndo)
    if (account) {
      setBusy(true)
      try {
        const res = await postJson('/api/review/undo', { reviewKey: last.key, retention: settings.retention })
        apply(last.cardId, res.body)
        if (res.status !== 200) {
          setUndoStack((s) => s.slice(0, -1))
          return setMessage(
            res.status === 409 ? t.stale : format(t.saveFailed, { reason: String(res.status) }),
          )
        }
      } catch {
        return setMessage(format(t.saveFailed, { reason: 'network' }))
      } finally {
        setBusy(false)
      }
    } else {
      const { progress } = loadVisitorProgress()
      const entry = progress.reviews.find((r) => r.key === last.key && !r.undone)
      const snapshot = progress.cards[last.cardId]
      if (entry && snapshot) {
        entry.undone = true
        const previous = undo(cardFromSnapshot(snapshot), logFromSnapshot(entry.log), settings.retention)
        progress.cards[last.cardId] = snapshotCard(previous)
        saveVisitorProgress(progress)
        setHeld((m) => new Map(m).set(last.cardId, { card: previous, version: 0 }))
      }
    }
    setFacts((f) => f.filter((x) => x.key !== last.key))
    setUndoStack((s) => s.slice(0, -1))
    setTally((c) => ({ ...c, [last.rating]: Math.max(0, c[last.rating] - 1) }))
    // The undone card comes back now, as it was before the grade.
    setPinned(last.cardId)
    setAnswered(null)
    setRevealed(false)
    setNow(new Date())
    setShownAt(Date.now())
    setMessage(t.undone)
  }

  // Keyboard: one listener, reading the latest handlers through a ref.
  const onKey = useRef<(e: KeyboardEvent) => void>(() => {})
  useEffect(() => {
    onKey.current = (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey || !(e.target instanceof Element)) return
      const typing = e.target.closest('input, textarea, select, [contenteditable="true"]')
      if (typing) return
      if (e.key === 'u') {
        e.preventDefault()
        void undoLast()
        return
      }
      if (!current || current.content.kind !== 'recall') return
      if (!revealed && (e.key === ' ' || e.key === 'Enter')) {
        e.preventDefault()
        setRevealed(true)
      } else if (revealed && ['1', '2', '3', '4'].includes(e.key)) {
        const rating = Number(e.key) as Grade
        if (settings?.twoButton && rating !== Rating.Again && rating !== Rating.Good) return
        e.preventDefault()
        void gradeRecall(rating)
      }
    }
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])

  if (!ready || !queue || !settings) return <p aria-busy="true">…</p>

  const topics = [...new Set(deck.flatMap((e) => e.card.topics))]
  const reviewed = tally[1] + tally[2] + tally[3] + tally[4]
  const gradeName = (r: Grade) => t[RATING_NAMES[r]]
  const intervalText = (due: Date) => {
    const i = intervalBetween(now, due)
    return format(t[i.unit], { n: i.value })
  }
  const preview =
    current?.content.kind === 'recall'
      ? previewDue(currentHeld?.card ?? newCard(now), now, settings.retention)
      : null
  const grades: Grade[] = settings.twoButton
    ? [Rating.Again, Rating.Good]
    : [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]

  return (
    <div className={styles.session}>
      {account ? null : <p className={styles.note}>{t.visitorNote}</p>}
      <div className={styles.bar}>
        <label>
          {t.topic}{' '}
          <select value={topic} onChange={(e) => setTopic(e.target.value)}>
            <option value="">{t.allTopics}</option>
            {topics.map((x) => (
              <option key={x} value={x}>
                {topicLabel(x, locale)}
              </option>
            ))}
          </select>
        </label>
        <ul className={styles.counts} aria-label={t.dueCounts}>
          <li>
            {t.new}: <span data-testid="count-new">{queue.counts.new}</span>
          </li>
          <li>
            {t.learning}: <span data-testid="count-learning">{queue.counts.learning}</span>
          </li>
          <li>
            {t.reviewBucket}: <span data-testid="count-review">{queue.counts.review}</span>
          </li>
        </ul>
        <Button variant="secondary" onClick={() => void undoLast()} disabled={!undoStack.length || busy}>
          {t.undo}
        </Button>
      </div>
      <p className={styles.hint}>{t.keysHelp}</p>
      <p role="status" aria-live="polite" className={styles.status}>
        {message}
      </p>

      {current ? (
        <section className={styles.card} aria-label={current.title} data-card-id={current.card.id}>
          <p className={styles.kind}>
            {current.content.kind === 'recall'
              ? t.cardKindRecall
              : current.content.kind === 'quiz'
                ? t.cardKindQuiz
                : t.cardKindPredict}
            {' · '}
            {format(t.left, { n: queue.entries.length })}
          </p>
          <ReviewCardBody
            key={`${current.card.id}:${shownAt}`}
            entry={current}
            locale={locale}
            revealed={revealed}
            onAnswer={(correct) => void onAutoAnswer(correct)}
          />
          {current.content.kind === 'recall' ? (
            revealed ? (
              <div className={styles.grades} role="group" aria-label={t.show}>
                {grades.map((r, i) => (
                  <Button
                    key={r}
                    className={styles.grade}
                    variant={r === Rating.Good ? 'primary' : 'secondary'}
                    disabled={busy}
                    aria-label={format(t.gradeLabel, {
                      rating: gradeName(r),
                      interval: intervalText(preview![r]),
                      key: r,
                    })}
                    onClick={() => void gradeRecall(r)}
                  >
                    <span>
                      {i + 1 === r ? `${r} · ` : ''}
                      {gradeName(r)}
                    </span>
                    <span className={styles.interval}>{intervalText(preview![r])}</span>
                  </Button>
                ))}
              </div>
            ) : (
              <div>
                <Button onClick={() => setRevealed(true)}>{t.show}</Button>
              </div>
            )
          ) : answered ? (
            <div className={styles.grades}>
              <p className={styles.status}>{format(t.autoGraded, { rating: gradeName(answered) })}</p>
              <Button onClick={advance} autoFocus>
                {t.next}
              </Button>
            </div>
          ) : null}
        </section>
      ) : (
        <section className={styles.card} aria-label={t.emptyTitle}>
          <h2>{t.emptyTitle}</h2>
          <p>
            {queue.nextDue
              ? format(t.comeBack, {
                  when: queue.nextDue.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', { timeZone }),
                })
              : t.comeBackLater}
          </p>
        </section>
      )}

      {reviewed > 0 ? (
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
      ) : null}

      <table className={styles.topicTable}>
        <caption className={styles.kind}>{t.dueCounts}</caption>
        <thead>
          <tr>
            <th scope="col">{t.topic}</th>
            <th scope="col">{t.new}</th>
            <th scope="col">{t.learning}</th>
            <th scope="col">{t.reviewBucket}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(queue.perTopic).map(([x, c]) => (
            <tr key={x}>
              <th scope="row">{topicLabel(x, locale)}</th>
              <td>{c.new}</td>
              <td>{c.learning}</td>
              <td>{c.review}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <ReviewSettings
        settings={settings}
        timeZone={account ? timeZone : undefined}
        locale={locale}
        onChange={changeSettings}
      />
    </div>
  )
}
