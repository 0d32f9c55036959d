// Writes of a learner's study records: FSRS card state and the append-only review log.
// Functions take the client as an argument so tests run the same code on SQLite and PostgreSQL.
// Every function is scoped by the caller's user id: a learner can only ever touch their own rows.
import { parseCardId } from '@/lib/practice/card-id'
import {
  type Card,
  type Grade,
  grade as gradeCard,
  newCard,
  type ReviewLog as FsrsLog,
  undo,
} from '@/lib/practice/scheduler'
import { type CardState, type PrismaClient, type ReviewLog } from './generated/prisma/client'

export type Db = PrismaClient

/** The CardState columns for a ts-fsrs card (ts-fsrs uses snake_case; the schema uses camelCase). */
export function cardColumns(card: Card) {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  }
}

/** The ts-fsrs card a CardState row holds. */
export function cardOfRow(row: CardState): Card {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    ...(row.lastReview ? { last_review: row.lastReview } : {}),
  }
}

/** The ReviewLog columns for a ts-fsrs log. */
export function logColumns(log: FsrsLog) {
  return {
    rating: log.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: log.review,
  }
}

/** The ts-fsrs log a ReviewLog row holds (what `rollback` needs). */
export function logOfRow(row: ReviewLog): FsrsLog {
  return {
    rating: row.rating,
    state: row.state,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    last_elapsed_days: row.lastElapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    review: row.review,
  }
}

/** A card as the client sees it: its FSRS state and the version a next grade must name. */
export interface CardView {
  readonly cardId: string
  readonly card: Card
  readonly version: number
}

const viewOf = (row: CardState): CardView => ({
  cardId: row.cardId,
  card: cardOfRow(row),
  version: row.version,
})

export type GradeResult =
  /** Recorded now. */
  | { status: 'graded'; view: CardView; reviewKey: string }
  /** This key was recorded before (a retry or double click): nothing changed. */
  | { status: 'duplicate'; view: CardView | null; reviewKey: string }
  /** The card changed since the client saw it (another tab): nothing changed; here is the card now. */
  | { status: 'stale'; view: CardView | null }
  /** No such card in the content (the question is not seeded). */
  | { status: 'unknown-card' }

class StaleCard extends Error {}

/**
 * Grades one card once. The idempotency key decides first: a key already recorded returns
 * `duplicate` without touching anything. Otherwise the card must still be at `expectedVersion`
 * (0 for a card never graded): the state update is conditional on it, so two tabs racing on the
 * same version produce one `graded` and one `stale`, never two reviews. The card and its log row
 * are written in one transaction.
 */
export async function gradeCardOnce(
  db: Db,
  input: {
    userId: string
    cardId: string
    rating: Grade
    reviewKey: string
    expectedVersion: number
    now: Date
    retention?: number
  },
): Promise<GradeResult> {
  const { userId, cardId, reviewKey, expectedVersion, now } = input
  const parsed = parseCardId(cardId)
  if (!parsed) return { status: 'unknown-card' }
  const recorded = await findReview(db, userId, reviewKey)
  if (recorded)
    return { status: 'duplicate', view: await currentView(db, userId, recorded.cardId), reviewKey }
  if (!(await db.question.findUnique({ where: { id: parsed.questionId }, select: { id: true } })))
    return { status: 'unknown-card' }

  try {
    const view = await db.$transaction(async (tx) => {
      const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } })
      if ((row?.version ?? 0) !== expectedVersion) throw new StaleCard()
      const next = gradeCard(row ? cardOfRow(row) : newCard(now), input.rating, now, input.retention)
      const version = expectedVersion + 1
      let saved: CardState
      if (row) {
        // Conditional on the version read above: a concurrent grade that got there first makes
        // this match nothing (PostgreSQL re-checks the condition after waiting for its lock).
        const { count } = await tx.cardState.updateMany({
          where: { id: row.id, version: expectedVersion },
          data: { ...cardColumns(next.card), version },
        })
        if (count !== 1) throw new StaleCard()
        saved = { ...row, ...cardColumns(next.card), version }
      } else {
        saved = await tx.cardState.create({
          data: { userId, cardId, questionId: parsed.questionId, ...cardColumns(next.card), version },
        })
      }
      await tx.reviewLog.create({
        data: {
          userId,
          cardId,
          questionId: parsed.questionId,
          idempotencyKey: reviewKey,
          cardVersion: version,
          ...logColumns(next.log),
        },
      })
      return viewOf(saved)
    })
    return { status: 'graded', view, reviewKey }
  } catch (error) {
    if (isUniqueViolation(error) || error instanceof StaleCard) {
      // Either the same key won a race (a concurrent retry), or another grade of this card did.
      const again = await findReview(db, userId, reviewKey)
      if (again) return { status: 'duplicate', view: await currentView(db, userId, again.cardId), reviewKey }
      return { status: 'stale', view: await currentView(db, userId, cardId) }
    }
    throw error
  }
}

export type UndoResult =
  | { status: 'undone'; view: CardView }
  /** Already undone (a retried undo): nothing changed. */
  | { status: 'duplicate'; view: CardView | null }
  /** The card was graded again since (or merged): only the latest grade of a card can be undone. */
  | { status: 'stale'; view: CardView | null }
  /** No review with this key for this user (another user's key looks exactly like this). */
  | { status: 'not-found' }

/**
 * Undoes the review recorded under `reviewKey`: the card goes back through ts-fsrs `rollback`
 * and the log row is marked undone (never deleted, never duplicated), in one transaction.
 */
export async function undoReview(
  db: Db,
  input: { userId: string; reviewKey: string; now: Date; retention?: number },
): Promise<UndoResult> {
  const { userId, reviewKey, now } = input
  const log = await findReview(db, userId, reviewKey)
  if (!log) return { status: 'not-found' }
  if (log.undoneAt) return { status: 'duplicate', view: await currentView(db, userId, log.cardId) }
  try {
    const view = await db.$transaction(async (tx) => {
      const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId: log.cardId } } })
      if (!row || row.version !== log.cardVersion) throw new StaleCard()
      const previous = undo(cardOfRow(row), logOfRow(log), input.retention)
      const version = row.version + 1
      const { count } = await tx.cardState.updateMany({
        where: { id: row.id, version: row.version },
        data: { ...cardColumns(previous), version },
      })
      // Marking is conditional too, so two concurrent undos of one review mark it once.
      const marked = await tx.reviewLog.updateMany({
        where: { id: log.id, undoneAt: null },
        data: { undoneAt: now },
      })
      if (count !== 1 || marked.count !== 1) throw new StaleCard()
      return viewOf({ ...row, ...cardColumns(previous), version })
    })
    return { status: 'undone', view }
  } catch (error) {
    if (!(error instanceof StaleCard)) throw error
    const again = await findReview(db, userId, reviewKey)
    const view = await currentView(db, userId, log.cardId)
    return again?.undoneAt ? { status: 'duplicate', view } : { status: 'stale', view }
  }
}

function findReview(db: Db, userId: string, idempotencyKey: string) {
  return db.reviewLog.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey } } })
}

async function currentView(db: Db, userId: string, cardId: string): Promise<CardView | null> {
  const row = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } })
  return row ? viewOf(row) : null
}

/** Prisma's P2002, checked by code because the SQLite and PostgreSQL clients have distinct error classes. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002'
}
