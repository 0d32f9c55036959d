'use client'
// A review session's state: the cards held, today's reviews, the queue built from them in the
// learner's time zone, the card on screen, and grading and undoing it. Everything depends on the
// browser (clock, time zone, storage), so the session is `ready` only after mount.
import { useEffect, useMemo, useState } from 'react'
import { type DeckEntry } from '@/lib/content/practice-deck'
import { format } from '@/lib/i18n/define'
import { type review } from '@/lib/i18n/messages/review'
import { buildQueue, pickNext } from '@/lib/practice/queue'
import { type Grade, State } from '@/lib/practice/scheduler'
import { type AccountSettings } from '@/lib/practice/settings'
import { type Held, ratingFor, recordGrade } from './record-grade'
import { type AccountProgress, type Fact, startFromAccount, startFromBrowser } from './session-start'
import { undoGrade } from './undo-grade'
import { useStudySettings } from './use-study-settings'
import { useVisitorMerge } from './use-visitor-merge'

export function useReviewSession({
  deck,
  account,
  storedSettings,
  t,
}: {
  deck: DeckEntry[]
  account: AccountProgress | null
  storedSettings: AccountSettings | null
  t: (typeof review)['en']
}) {
  const signedIn = Boolean(account)
  const [message, setMessage] = useState('')
  const { settings, timeZone, changeSettings } = useStudySettings({
    signedIn,
    storedSettings,
    t,
    say: setMessage,
  })
  useVisitorMerge({ signedIn, t, say: setMessage })

  const [ready, setReady] = useState(false)
  const [now, setNow] = useState(() => new Date(0))
  const [held, setHeld] = useState(() => new Map<string, Held>())
  const [facts, setFacts] = useState<Fact[]>([])
  const [topic, setTopic] = useState('')
  const [revealed, setRevealed] = useState(false)
  const [pinned, setPinned] = useState<string | null>(null)
  const [answered, setAnswered] = useState<Grade | null>(null)
  const [shownAt, setShownAt] = useState(0)
  const [undoStack, setUndoStack] = useState<{ cardId: string; key: string; rating: Grade }[]>([])
  const [tally, setTally] = useState<Record<Grade, number>>({ 1: 0, 2: 0, 3: 0, 4: 0 })
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const start = account ? startFromAccount(account) : startFromBrowser()
    setHeld(start.held)
    setFacts(start.facts)
    if (start.unreadable) setMessage(t.unreadable)
    setNow(new Date())
    setShownAt(Date.now())
    setReady(true)
  }, [account, t.unreadable])

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

  /** Shows `cardId` (or the queue's next card) fresh: unrevealed, unanswered, timed from now. */
  function show(cardId: string | null) {
    setPinned(cardId)
    setAnswered(null)
    setRevealed(false)
    setNow(new Date())
    setShownAt(Date.now())
  }

  /** Records a grade for the current card; true when it counted. */
  async function record(rating: Grade): Promise<boolean> {
    if (!current || busy || !settings) return false
    const cardId = current.card.id
    const before = held.get(cardId)
    setBusy(true)
    const outcome = await recordGrade({ signedIn, cardId, rating, before, retention: settings.retention })
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

  const advance = () => show(null)

  async function gradeRecall(rating: Grade) {
    if (await record(rating)) advance()
  }

  /** A quiz or prediction card graded itself: the card stays on screen with its result. */
  async function autoGrade(correct: boolean) {
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
    setBusy(true)
    const outcome = await undoGrade({
      signedIn,
      cardId: last.cardId,
      reviewKey: last.key,
      retention: settings.retention,
    })
    setBusy(false)
    const previous = outcome.held
    if (previous) setHeld((m) => new Map(m).set(last.cardId, previous))
    if (!outcome.ok) {
      // Refused for good: the grade cannot be undone from here. A network failure may be retried.
      if (outcome.reason !== 'network') setUndoStack((s) => s.slice(0, -1))
      return setMessage(
        outcome.reason === 'stale' ? t.stale : format(t.saveFailed, { reason: outcome.reason }),
      )
    }
    setFacts((f) => f.filter((x) => x.key !== last.key))
    setUndoStack((s) => s.slice(0, -1))
    setTally((c) => ({ ...c, [last.rating]: Math.max(0, c[last.rating] - 1) }))
    // The undone card comes back now, as it was before the grade.
    show(last.cardId)
    setMessage(t.undone)
  }

  return {
    ready,
    queue,
    settings,
    timeZone,
    changeSettings,
    now,
    current,
    currentHeld,
    shownAt,
    topic,
    setTopic,
    revealed,
    reveal: () => setRevealed(true),
    answered,
    canUndo: undoStack.length > 0,
    tally,
    message,
    busy,
    gradeRecall,
    autoGrade,
    advance,
    undoLast,
  }
}
