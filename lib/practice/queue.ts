/**
 * The review queue for one moment: which cards a learner studies now, in what order, and how
 * many are due per topic. Rules (documented for learners on /review):
 *
 * - learning and relearning cards whose step ends within LEARN_AHEAD_MS, soonest first (a
 *   10-minute step should not end the session ten minutes early);
 * - Review-state cards due before the end of the learner's local day, most overdue first, up to
 *   the daily review cap minus the reviews already done today;
 * - new cards in content order, up to the daily new limit minus those already started today.
 */
import { type CardId } from './card-id'
import { type PracticeCard } from './cards'
import { localDayBounds } from './day'
import { type Card, State } from './scheduler'
import { type PracticeSettings } from './settings'

export const LEARN_AHEAD_MS = 20 * 60_000

export type QueueBucket = 'new' | 'learning' | 'review'

export interface QueueEntry {
  readonly card: PracticeCard
  /** The learner's card; absent for a card never studied. */
  readonly state?: Card
  readonly bucket: QueueBucket
}

export type BucketCounts = Record<QueueBucket, number>

/** One effective (not undone) review, as far as the daily limits care. */
export interface ReviewFact {
  readonly cardId: CardId
  /** The card's state before the review (ts-fsrs ReviewLog.state). */
  readonly state: State
  readonly review: Date
}

export interface Queue {
  readonly entries: QueueEntry[]
  readonly counts: BucketCounts
  readonly perTopic: Record<string, BucketCounts>
  /** New cards and reviews already done today, as the limits counted them. */
  readonly today: { readonly newStarted: number; readonly reviewsDone: number }
  /** When the next card not in this queue falls due (for "come back at …"). */
  readonly nextDue?: Date
}

export function bucketOf(state: Card | undefined): QueueBucket {
  if (!state || state.state === State.New) return 'new'
  return state.state === State.Review ? 'review' : 'learning'
}

/** New cards started and Review-state reviews done in the learner's current local day. */
export function countToday(reviews: readonly ReviewFact[], now: Date, timeZone: string) {
  const { start, end } = localDayBounds(now, timeZone)
  let newStarted = 0
  let reviewsDone = 0
  for (const r of reviews) {
    if (r.review < start || r.review >= end) continue
    if (r.state === State.New) newStarted++
    else if (r.state === State.Review) reviewsDone++
  }
  return { newStarted, reviewsDone }
}

export function buildQueue(input: {
  readonly deck: readonly PracticeCard[]
  readonly states: ReadonlyMap<CardId, Card>
  readonly reviewsToday: readonly ReviewFact[]
  readonly now: Date
  readonly timeZone: string
  readonly settings: Pick<PracticeSettings, 'newPerDay' | 'reviewCap'>
  /** Only cards with one of these topics; all cards when absent or empty. */
  readonly topics?: readonly string[]
}): Queue {
  const { now, timeZone, settings } = input
  const { end: endOfDay } = localDayBounds(now, timeZone)
  const today = countToday(input.reviewsToday, now, timeZone)
  const wanted = input.topics?.length ? new Set(input.topics) : null
  const learnBefore = now.getTime() + LEARN_AHEAD_MS

  const learning: QueueEntry[] = []
  const review: QueueEntry[] = []
  const fresh: QueueEntry[] = []
  let nextDue: Date | undefined
  const later = (due: Date) => {
    if (!nextDue || due < nextDue) nextDue = due
  }

  for (const card of input.deck) {
    if (wanted && !card.topics.some((t) => wanted.has(t))) continue
    const state = input.states.get(card.id)
    const bucket = bucketOf(state)
    if (bucket === 'new') fresh.push({ card, state, bucket })
    else if (bucket === 'learning') {
      if (state!.due.getTime() <= learnBefore) learning.push({ card, state, bucket })
      else later(state!.due)
    } else if (state!.due < endOfDay) review.push({ card, state, bucket })
    else later(state!.due)
  }

  const byDue = (a: QueueEntry, b: QueueEntry) => a.state!.due.getTime() - b.state!.due.getTime()
  learning.sort(byDue)
  review.sort(byDue)
  const reviewRoom = Math.max(0, settings.reviewCap - today.reviewsDone)
  const newRoom = Math.max(0, settings.newPerDay - today.newStarted)
  for (const e of review.slice(reviewRoom)) later(e.state!.due)
  const entries = [...learning, ...review.slice(0, reviewRoom), ...fresh.slice(0, newRoom)]

  const counts: BucketCounts = { new: 0, learning: 0, review: 0 }
  const perTopic: Record<string, BucketCounts> = {}
  for (const e of entries) {
    counts[e.bucket]++
    for (const topic of e.card.topics) {
      perTopic[topic] ??= { new: 0, learning: 0, review: 0 }
      perTopic[topic][e.bucket]++
    }
  }
  return { entries, counts, perTopic, today, nextDue }
}

/**
 * The entry to show next: the first one already due (or new), so a card just failed (due again
 * in a minute) waits behind the others instead of coming straight back; the soonest otherwise.
 */
export function pickNext(entries: readonly QueueEntry[], now: Date): QueueEntry | undefined {
  return entries.find((e) => !e.state || e.state.due <= now) ?? entries[0]
}
