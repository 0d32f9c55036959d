/**
 * Merging a visitor's reviews into an account (on sign-in or sign-up).
 *
 * Rules:
 * - a review is identified by its client-generated key; a key the account already has (applied
 *   or undone) is skipped, so a retried or repeated merge adds nothing;
 * - undone visitor reviews are never applied;
 * - a card is rebuilt by replaying, through ts-fsrs, every effective review the account and the
 *   visitor have for it, oldest first (ties broken by key). Nothing is lost whichever device
 *   reviewed first, and the card ends exactly where the combined history puts it.
 *
 * The account's existing log rows are history and are never rewritten; the visitor's reviews get
 * new log rows whose "before" fields come from the replay, so undo and statistics stay exact.
 */
import { type CardId } from './card-id'
import { type Card, type Grade, grade, newCard, type ReviewLog } from './scheduler'

export interface ReviewToMerge {
  readonly key: string
  readonly cardId: CardId
  readonly rating: Grade
  readonly review: Date
}

export interface AccountReview extends ReviewToMerge {
  readonly undone: boolean
}

export interface MergePlan {
  /** Rebuilt cards, only for cards that gained at least one review. */
  readonly cards: Map<CardId, Card>
  /** Log rows to append, in replay order. */
  readonly inserts: { readonly key: string; readonly cardId: CardId; readonly log: ReviewLog }[]
  readonly skipped: { readonly alreadyMerged: number }
}

export function planMerge(input: {
  readonly account: readonly AccountReview[]
  /** The visitor's effective (not undone) reviews. */
  readonly visitor: readonly ReviewToMerge[]
  readonly retention?: number
}): MergePlan {
  const known = new Set(input.account.map((r) => r.key))
  const seen = new Set<string>()
  const fresh: ReviewToMerge[] = []
  let alreadyMerged = 0
  for (const r of input.visitor) {
    if (known.has(r.key) || seen.has(r.key)) alreadyMerged++
    else {
      seen.add(r.key)
      fresh.push(r)
    }
  }

  const touched = new Set(fresh.map((r) => r.cardId))
  const timeline = new Map<CardId, { review: ReviewToMerge; visitor: boolean }[]>()
  for (const r of input.account)
    if (!r.undone && touched.has(r.cardId)) push(timeline, r.cardId, { review: r, visitor: false })
  for (const r of fresh) push(timeline, r.cardId, { review: r, visitor: true })

  const cards = new Map<CardId, Card>()
  const inserts: MergePlan['inserts'][number][] = []
  for (const [cardId, events] of timeline) {
    events.sort(
      (a, b) =>
        a.review.review.getTime() - b.review.review.getTime() || a.review.key.localeCompare(b.review.key),
    )
    let card = newCard(events[0].review.review)
    for (const { review, visitor } of events) {
      const next = grade(card, review.rating, review.review, input.retention)
      if (visitor) inserts.push({ key: review.key, cardId, log: next.log })
      card = next.card
    }
    cards.set(cardId, card)
  }
  return { cards, inserts, skipped: { alreadyMerged } }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
