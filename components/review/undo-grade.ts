// Undoing one grade, wherever the learner's records live: the review API for a signed-in learner,
// localStorage for a visitor. The counterpart of record-grade.ts.
import { cardFromSnapshot, logFromSnapshot, snapshotCard, undo } from '@/lib/practice/scheduler'
import { loadVisitorProgress, postJson, saveVisitorProgress } from './browser-progress'
import { type Held, heldFromResponse } from './record-grade'

export type UndoOutcome =
  /** `held` is the card as it was before the grade, when the records still had it. */
  | { ok: true; held?: Held }
  /**
   * The server refused ('stale': the card changed since; otherwise the HTTP status), and `held`
   * is its current card when it sent one; 'network' means the undo may be tried again.
   */
  | { ok: false; held?: Held; reason: string }

export async function undoGrade(input: {
  signedIn: boolean
  cardId: string
  reviewKey: string
  retention: number
}): Promise<UndoOutcome> {
  const { cardId, reviewKey, retention } = input
  if (!input.signedIn) {
    const { progress } = loadVisitorProgress()
    const entry = progress.reviews.find((r) => r.key === reviewKey && !r.undone)
    const snapshot = progress.cards[cardId]
    if (!entry || !snapshot) return { ok: true }
    entry.undone = true
    const previous = undo(cardFromSnapshot(snapshot), logFromSnapshot(entry.log), retention)
    progress.cards[cardId] = snapshotCard(previous)
    saveVisitorProgress(progress)
    return { ok: true, held: { card: previous, version: 0 } }
  }
  try {
    const res = await postJson('/api/review/undo', { reviewKey, retention })
    const held = heldFromResponse(res.body)
    if (res.status === 200) return { ok: true, held }
    return { ok: false, held, reason: res.status === 409 ? 'stale' : String(res.status) }
  } catch {
    return { ok: false, reason: 'network' }
  }
}
