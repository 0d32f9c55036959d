/**
 * A learner's statistics for /stats, from their cards, effective reviews and quiz answers (pure,
 * and zod- and ts-fsrs-free so visitors' statistics can be computed in the browser). Every "day"
 * is a calendar day in the learner's time zone, like the review queue's.
 */
import { localDate, localDayBounds } from './day'
import { type CardFact } from './visitor-facts'

/** ts-fsrs's State and Rating values (stats.test.ts checks them against ts-fsrs). */
export const STATE = { new: 0, learning: 1, review: 2, relearning: 3 } as const
export const AGAIN = 1

export const FORECAST_DAYS = 30
export const HISTORY_DAYS = 30

export interface StatsCard {
  readonly id: string
  readonly topics: readonly string[]
}

export interface StatsReview {
  readonly cardId: string
  readonly rating: number
  readonly review: Date
}

export interface StatsQuizAnswer {
  /** The quiz session; null for answers stored before sessions existed. */
  readonly sessionId: string | null
  readonly correct: boolean
  readonly at: Date
}

export interface DayCount {
  /** Local calendar date, YYYY-MM-DD. */
  readonly date: string
  readonly count: number
}

/** Reviews not rated Again, out of all reviews. */
export interface Share {
  readonly kept: number
  readonly total: number
}

export interface TopicProgress {
  readonly topic: string
  readonly cards: number
  /** Cards graded at least once. */
  readonly studied: number
  /** Cards in the Review state (graduated from learning steps). */
  readonly inReview: number
  /** Studied cards due before the end of today. */
  readonly due: number
  readonly retention: Share
}

export interface QuizSessionScore {
  readonly sessionId: string
  readonly at: Date
  readonly correct: number
  readonly total: number
}

export interface Stats {
  readonly states: Record<keyof typeof STATE, number>
  readonly dueToday: number
  /** FORECAST_DAYS entries from today: cards falling due each day (today includes overdue ones). */
  readonly forecast: DayCount[]
  /** HISTORY_DAYS entries ending today: effective reviews per day. */
  readonly reviewsPerDay: DayCount[]
  readonly retention: Share
  readonly topics: TopicProgress[]
  /** Consecutive days with a review, ending today, or yesterday while today has none yet. */
  readonly streak: { readonly days: number; readonly reviewedToday: boolean }
  readonly quiz: { readonly answers: number; readonly correct: number; readonly sessions: QuizSessionScore[] }
}

/** The calendar date `n` days after `date` (YYYY-MM-DD; calendar arithmetic, so DST is no issue). */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10)
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

interface Tally {
  kept: number
  total: number
}
interface TopicTally {
  cards: number
  studied: number
  inReview: number
  due: number
  retention: Tally
}
const share = (): Tally => ({ kept: 0, total: 0 })

export function computeStats(input: {
  readonly now: Date
  readonly timeZone: string
  /** Every card the content offers. */
  readonly deck: readonly StatsCard[]
  /** The learner's studied cards by card id. */
  readonly cards: ReadonlyMap<string, CardFact>
  /** Effective (not undone) reviews; retention counts all given, the history the last 30 days. */
  readonly reviews: readonly StatsReview[]
  readonly quiz: readonly StatsQuizAnswer[]
  /** How many quiz sessions to score, latest first. */
  readonly sessionLimit?: number
}): Stats {
  const { now, timeZone } = input
  const today = localDate(now, timeZone)
  const { end: endOfToday } = localDayBounds(now, timeZone)
  const topicsOf = new Map(input.deck.map((c) => [c.id, c.topics]))

  const states = { new: 0, learning: 0, review: 0, relearning: 0 }
  const forecast = new Array<number>(FORECAST_DAYS).fill(0)
  const topics = new Map<string, TopicTally>()
  const topic = (name: string) => {
    let t = topics.get(name)
    if (!t) topics.set(name, (t = { cards: 0, studied: 0, inReview: 0, due: 0, retention: share() }))
    return t
  }

  for (const card of input.deck) {
    for (const name of card.topics) topic(name).cards++
    if (!input.cards.has(card.id)) states.new++
  }
  let dueToday = 0
  for (const [id, card] of input.cards) {
    const name = (Object.keys(STATE) as (keyof typeof STATE)[]).find((k) => STATE[k] === card.state)
    if (name) states[name]++
    if (card.state === STATE.new) continue
    const isDue = card.due < endOfToday
    if (isDue) dueToday++
    const day = isDue ? 0 : daysBetween(today, localDate(card.due, timeZone))
    if (day < FORECAST_DAYS) forecast[day]++
    for (const name of topicsOf.get(id) ?? []) {
      const t = topic(name)
      t.studied++
      if (card.state === STATE.review) t.inReview++
      if (isDue) t.due++
    }
  }

  const perDay = new Map<string, number>()
  const retention = share()
  for (const r of input.reviews) {
    const date = localDate(r.review, timeZone)
    perDay.set(date, (perDay.get(date) ?? 0) + 1)
    const kept = r.rating === AGAIN ? 0 : 1
    retention.total++
    retention.kept += kept
    for (const name of topicsOf.get(r.cardId) ?? []) {
      const t = topic(name).retention
      t.total++
      t.kept += kept
    }
  }

  const reviewedToday = perDay.has(today)
  let streak = 0
  for (let day = reviewedToday ? today : addDays(today, -1); perDay.has(day); day = addDays(day, -1)) streak++

  const sessions = new Map<string, { sessionId: string; at: Date; correct: number; total: number }>()
  let correct = 0
  for (const a of input.quiz) {
    if (a.correct) correct++
    if (!a.sessionId) continue
    let s = sessions.get(a.sessionId)
    if (!s) sessions.set(a.sessionId, (s = { sessionId: a.sessionId, at: a.at, correct: 0, total: 0 }))
    s.total++
    if (a.correct) s.correct++
    // A session is dated by its last answer.
    if (a.at > s.at) s.at = a.at
  }

  return {
    states,
    dueToday,
    forecast: forecast.map((count, i) => ({ date: addDays(today, i), count })),
    reviewsPerDay: Array.from({ length: HISTORY_DAYS }, (_, i) => {
      const date = addDays(today, i - HISTORY_DAYS + 1)
      return { date, count: perDay.get(date) ?? 0 }
    }),
    retention,
    topics: [...topics].map(([name, t]) => ({ topic: name, ...t })),
    streak: { days: streak, reviewedToday },
    quiz: {
      answers: input.quiz.length,
      correct,
      sessions: [...sessions.values()]
        .sort((a, b) => b.at.getTime() - a.at.getTime())
        .slice(0, input.sessionLimit ?? 10),
    },
  }
}
