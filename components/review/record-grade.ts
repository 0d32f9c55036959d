// One grade, wherever the learner's records live: the review API for a signed-in learner (a new
// review key, the card version they saw), localStorage for a visitor.
import { autoRating, type AutoGradedKind } from '@/lib/practice/auto-grade'
import {
  type Card,
  cardFromSnapshot,
  cardSnapshotSchema,
  grade,
  type Grade,
  newCard,
  snapshotCard,
  snapshotLog,
  State,
} from '@/lib/practice/scheduler'
import { loadVisitorProgress, newReviewKey, postJson, saveVisitorProgress } from './browser-progress'

export type Held = { card: Card; version: number }

/** The card and version a review API response carries, when it carries a valid one. */
export function heldFromResponse(body: Record<string, unknown>): Held | undefined {
  const card = cardSnapshotSchema.safeParse(body.card)
  if (!card.success || typeof body.version !== 'number') return undefined
  return { card: cardFromSnapshot(card.data), version: body.version }
}

export type GradeOutcome = { ok: true; key: string; held: Held } | { ok: false; stale?: Held; reason: string }

export async function recordGrade(input: {
  signedIn: boolean
  cardId: string
  rating: Grade
  before: Held | undefined
  retention: number
}): Promise<GradeOutcome> {
  const { cardId, rating, before, retention } = input
  const key = newReviewKey()
  if (!input.signedIn) {
    const at = new Date()
    const next = grade(before?.card ?? newCard(at), rating, at, retention)
    const { progress } = loadVisitorProgress()
    progress.cards[cardId] = snapshotCard(next.card)
    progress.reviews.push({ key, cardId, rating, undone: false, log: snapshotLog(next.log) })
    saveVisitorProgress(progress)
    return { ok: true, key, held: { card: next.card, version: 0 } }
  }
  try {
    const res = await postJson('/api/review/grade', {
      cardId,
      rating,
      reviewKey: key,
      expectedVersion: before?.version ?? 0,
      retention,
    })
    const held = heldFromResponse(res.body)
    if (res.status === 200 && held) return { ok: true, key, held }
    if (res.status === 409) return { ok: false, stale: held, reason: 'stale' }
    return { ok: false, reason: String(res.body.error ?? res.status) }
  } catch {
    return { ok: false, reason: 'network' }
  }
}

/** The FSRS rating an auto-graded answer earns (decision 008). */
export function ratingFor(
  correct: boolean,
  kind: AutoGradedKind,
  elapsedMs: number,
  before: Held | undefined,
) {
  return autoRating({ correct, kind, elapsedMs, state: before?.card.state ?? State.New })
}
