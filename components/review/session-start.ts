// Where a review session starts from: a signed-in learner's records as the page loaded them, or a
// visitor's progress in this browser. Both become the same two things: the cards held and the
// reviews that count towards today's limits.
import { type ReviewFact } from '@/lib/practice/queue'
import { cardFromSnapshot, type CardSnapshot } from '@/lib/practice/scheduler'
import { loadVisitorProgress } from './browser-progress'
import { type Held } from './record-grade'

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

/** A review that counts towards today's limits, with the key that undoes it. */
export type Fact = ReviewFact & { key: string }

export type SessionStart = { held: Map<string, Held>; facts: Fact[]; unreadable: boolean }

export function startFromAccount(account: AccountProgress): SessionStart {
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
    unreadable: false,
  }
}

export function startFromBrowser(): SessionStart {
  const { progress, unreadable } = loadVisitorProgress()
  const held = new Map(
    Object.entries(progress.cards).map(([id, s]) => [id, { card: cardFromSnapshot(s), version: 0 }]),
  )
  const facts = progress.reviews
    .filter((r) => !r.undone)
    .map((r) => ({ key: r.key, cardId: r.cardId, state: r.log.state, review: new Date(r.log.review) }))
  return { held, facts, unreadable }
}
