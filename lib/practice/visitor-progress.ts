/**
 * A visitor's progress, kept in the browser (localStorage) until they sign in or up. The format
 * is versioned: a future format adds a version and a migration here, and anything unreadable is
 * reported, not silently dropped, so the page can say so.
 */
import { z } from 'zod'
import { cardIdSchema } from './card-id'
import { type Card, cardSnapshotSchema, gradeSchema, logSnapshotSchema } from './scheduler'
import { VISITOR_PROGRESS_VERSION } from './visitor-progress-key'

export { VISITOR_PROGRESS_KEY, VISITOR_PROGRESS_VERSION } from './visitor-progress-key'
/** Far more than a visitor does before signing up; bounds the merge request. */
export const MAX_VISITOR_REVIEWS = 5000

/** A client-generated review id: the same one is sent on every retry of that review. */
export const reviewKeySchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'a review key is 8–64 letters, digits, _ or -')

export const visitorReviewSchema = z.strictObject({
  key: reviewKeySchema,
  cardId: cardIdSchema,
  rating: gradeSchema,
  /** Undone reviews are kept (so a retried merge cannot resurrect them) but never applied. */
  undone: z.boolean().default(false),
  /** ts-fsrs's log: the card before the review and when it happened. */
  log: logSnapshotSchema,
})
export type VisitorReview = z.infer<typeof visitorReviewSchema>

export const visitorProgressSchema = z.strictObject({
  version: z.literal(VISITOR_PROGRESS_VERSION),
  cards: z.record(cardIdSchema, cardSnapshotSchema),
  reviews: z.array(visitorReviewSchema).max(MAX_VISITOR_REVIEWS),
})
export type VisitorProgress = z.infer<typeof visitorProgressSchema>

export const emptyVisitorProgress = (): VisitorProgress => ({
  version: VISITOR_PROGRESS_VERSION,
  cards: {},
  reviews: [],
})

/** Stored text → progress; `unreadable` when the text exists but is not a known format. */
export function readVisitorProgress(
  text: string | null,
): { ok: true; progress: VisitorProgress } | { ok: false; reason: 'unreadable' } {
  if (text === null) return { ok: true, progress: emptyVisitorProgress() }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'unreadable' }
  }
  const parsed = visitorProgressSchema.safeParse(json)
  return parsed.success ? { ok: true, progress: parsed.data } : { ok: false, reason: 'unreadable' }
}

/** The effective reviews of one card in the order they happened. */
export function effectiveReviews(progress: VisitorProgress, cardId?: string): VisitorReview[] {
  return progress.reviews.filter((r) => !r.undone && (cardId === undefined || r.cardId === cardId))
}

export type VisitorCards = ReadonlyMap<string, Card>
