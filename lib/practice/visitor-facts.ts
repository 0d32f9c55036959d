/**
 * The few facts the questions list and /stats need from a visitor's stored progress: each card's
 * state and due date, and each effective review's card, rating, state before and time. Read by
 * hand rather than with visitor-progress.ts's zod schema so those pages ship no zod; anything
 * malformed is skipped (the review page, which writes the record, reports unreadable progress).
 */
import { VISITOR_PROGRESS_VERSION } from './visitor-progress-key'

export interface CardFact {
  readonly state: number
  readonly due: Date
}

export interface ReviewLogFact {
  readonly cardId: string
  /** 1 Again … 4 Easy. */
  readonly rating: number
  /** The card's state before the review. */
  readonly state: number
  readonly review: Date
}

export interface VisitorFacts {
  readonly cards: Map<string, CardFact>
  readonly reviews: ReviewLogFact[]
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const dateOf = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : null)

export function readVisitorFacts(text: string | null): VisitorFacts {
  const facts: VisitorFacts = { cards: new Map(), reviews: [] }
  let json: unknown
  try {
    json = JSON.parse(text ?? 'null')
  } catch {
    return facts
  }
  if (!isRecord(json) || json.version !== VISITOR_PROGRESS_VERSION) return facts
  if (isRecord(json.cards))
    for (const [cardId, card] of Object.entries(json.cards)) {
      const due = isRecord(card) ? dateOf(card.due) : null
      if (due && isRecord(card) && typeof card.state === 'number')
        facts.cards.set(cardId, { state: card.state, due })
    }
  if (Array.isArray(json.reviews))
    for (const r of json.reviews as unknown[]) {
      if (!isRecord(r) || r.undone === true || typeof r.cardId !== 'string' || !isRecord(r.log)) continue
      const review = dateOf(r.log.review)
      if (review && typeof r.rating === 'number' && typeof r.log.state === 'number')
        facts.reviews.push({ cardId: r.cardId, rating: r.rating, state: r.log.state, review })
    }
  return facts
}
