// The review API's logic, apart from Next: each handler takes the client, the signed-in user's id
// (null for a visitor) and the raw JSON body, and answers a status and a body. The route files in
// app/api/ only wire auth() and the db singleton to these, so tests call them directly.
import { z } from 'zod'
import { cardIdSchema, parseCardId } from '@/lib/practice/card-id'
import { gradeSchema, snapshotCard } from '@/lib/practice/scheduler'
import { practiceSettingsSchema } from '@/lib/practice/settings'
import { reviewKeySchema, visitorReviewSchema, MAX_VISITOR_REVIEWS } from '@/lib/practice/visitor-progress'
import { mergeVisitorReviews } from './db-progress-merge'
import { recordQuizAttempt } from './db-quiz-attempts'
import { storedRetention } from './db-settings'
import { type CardView, type Db, gradeCardOnce, undoReview } from './db-study'

export interface ApiResult {
  readonly status: number
  readonly body: Record<string, unknown>
}

/**
 * The retention the browser schedules with. The account's stored retention wins when there is
 * one (see withRetention); this only matters for a learner who never saved settings.
 */
const retention = practiceSettingsSchema.shape.retention.unwrap().optional()

/** The request with the retention to schedule by: the stored setting, else the request's own. */
async function withRetention<T extends { retention?: number }>(db: Db, userId: string, data: T): Promise<T> {
  return { ...data, retention: (await storedRetention(db, userId)) ?? data.retention }
}

export const gradeRequestSchema = z.strictObject({
  cardId: cardIdSchema,
  rating: gradeSchema,
  reviewKey: reviewKeySchema,
  /** The card version the learner saw (0 for a card never graded). */
  expectedVersion: z.number().int().min(0),
  retention,
})

export const undoRequestSchema = z.strictObject({ reviewKey: reviewKeySchema, retention })

export const mergeRequestSchema = z.strictObject({
  reviews: z.array(visitorReviewSchema).max(MAX_VISITOR_REVIEWS),
  retention,
})

const SIGN_IN_REQUIRED: ApiResult = {
  status: 401,
  body: { error: 'Sign in to save progress to your account.' },
}

/** A zod failure as one readable line, e.g. "rating: Invalid input". */
export function badRequest(error: z.ZodError): ApiResult {
  const issues = error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
  return { status: 400, body: { error: issues.slice(0, 5).join('; ') } }
}

const cardJson = (view: CardView | null) =>
  view ? { card: snapshotCard(view.card), version: view.version } : {}

/** A grade or undo that took effect (or already had): the card as it now stands. */
const cardWritten = (status: string, view: CardView | null): ApiResult => ({
  status: 200,
  body: { status, ...cardJson(view) },
})

/** A grade or undo refused because the card moved on; the client gets the card as it is now. */
const cardStale = (error: string, view: CardView | null): ApiResult => ({
  status: 409,
  body: { status: 'stale', error, ...cardJson(view) },
})

export async function handleGrade(
  db: Db,
  userId: string | null,
  body: unknown,
  now: Date,
): Promise<ApiResult> {
  if (!userId) return SIGN_IN_REQUIRED
  const parsed = gradeRequestSchema.safeParse(body)
  if (!parsed.success) return badRequest(parsed.error)
  const result = await gradeCardOnce(db, { userId, now, ...(await withRetention(db, userId, parsed.data)) })
  switch (result.status) {
    case 'graded':
    case 'duplicate':
      return cardWritten(result.status, result.view)
    case 'stale':
      return cardStale('This card was graded in another tab or window.', result.view)
    case 'unknown-card':
      return { status: 404, body: { error: 'No such card.' } }
  }
}

export async function handleUndo(
  db: Db,
  userId: string | null,
  body: unknown,
  now: Date,
): Promise<ApiResult> {
  if (!userId) return SIGN_IN_REQUIRED
  const parsed = undoRequestSchema.safeParse(body)
  if (!parsed.success) return badRequest(parsed.error)
  const result = await undoReview(db, { userId, now, ...(await withRetention(db, userId, parsed.data)) })
  switch (result.status) {
    case 'undone':
    case 'duplicate':
      return cardWritten(result.status, result.view)
    case 'stale':
      return cardStale('Only the last grade of a card can be undone.', result.view)
    case 'not-found':
      // The same answer whether the key is unknown or someone else's: nothing to learn from it.
      return { status: 404, body: { error: 'No such review.' } }
  }
}

export async function handleMerge(db: Db, userId: string | null, body: unknown): Promise<ApiResult> {
  if (!userId) return SIGN_IN_REQUIRED
  const parsed = mergeRequestSchema.safeParse(body)
  if (!parsed.success) return badRequest(parsed.error)
  const result = await mergeVisitorReviews(db, { userId, ...(await withRetention(db, userId, parsed.data)) })
  return { status: 200, body: { ...result } }
}

export const attemptRequestSchema = z.strictObject({
  attemptKey: reviewKeySchema,
  sessionId: reviewKeySchema,
  cardId: cardIdSchema.refine((id) => parseCardId(id)?.kind !== 'recall', 'recall cards are not quiz items'),
  /** A choice or prediction id, or an ordering's step ids joined by commas. */
  answer: z.string().min(1).max(400),
  correct: z.boolean(),
  elapsedMs: z.number().int().min(0).max(3_600_000),
})

/**
 * Stores one quiz-session answer. `correct` is the browser's verdict: it only feeds the
 * learner's own history (the schedule goes through handleGrade), so the server does not re-run
 * the simulation to second-guess a prediction.
 */
export async function handleAttempt(db: Db, userId: string | null, body: unknown): Promise<ApiResult> {
  if (!userId) return SIGN_IN_REQUIRED
  const parsed = attemptRequestSchema.safeParse(body)
  if (!parsed.success) return badRequest(parsed.error)
  const questionId = parseCardId(parsed.data.cardId)!.questionId
  if (!(await db.question.findUnique({ where: { id: questionId }, select: { id: true } })))
    return { status: 404, body: { error: 'No such card.' } }
  const status = await recordQuizAttempt(db, { userId, questionId, ...parsed.data })
  return { status: 200, body: { status } }
}
