/**
 * Scheduling on ts-fsrs (FSRS-6 parameters): this module only adapts its API to the app: one
 * scheduler per retention, plain-data card snapshots that survive JSON, and the four previews a
 * review button shows. No interval is computed here; ts-fsrs computes them all.
 */
import { z } from 'zod'
import {
  type Card,
  createEmptyCard,
  type FSRS,
  fsrs,
  generatorParameters,
  type Grade,
  Rating,
  type ReviewLog,
  State,
} from 'ts-fsrs'
import { DEFAULT_RETENTION } from './settings'

export { Rating, State, type Card, type Grade, type ReviewLog }

export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]
export const gradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])

const schedulers = new Map<number, FSRS>()

/**
 * The ts-fsrs scheduler for a desired retention. Fuzz stays off so the interval a button shows
 * is exactly the one the grade produces, and a replay of the same reviews gives the same card.
 */
export function schedulerFor(retention: number = DEFAULT_RETENTION): FSRS {
  let scheduler = schedulers.get(retention)
  if (!scheduler) {
    scheduler = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: false }))
    schedulers.set(retention, scheduler)
  }
  return scheduler
}

export function newCard(now: Date): Card {
  return createEmptyCard(now)
}

/** The card and log a grade produces. */
export function grade(
  card: Card,
  rating: Grade,
  now: Date,
  retention?: number,
): { card: Card; log: ReviewLog } {
  return schedulerFor(retention).next(card, now, rating)
}

/** The card as it was before `log` was applied (ts-fsrs `rollback`). */
export function undo(card: Card, log: ReviewLog, retention?: number): Card {
  return schedulerFor(retention).rollback(card, log)
}

/** Each grade's next due date, for the buttons (ts-fsrs `repeat`). */
export function previewDue(card: Card, now: Date, retention?: number): Record<Grade, Date> {
  const preview = schedulerFor(retention).repeat(card, now)
  return {
    [Rating.Again]: preview[Rating.Again].card.due,
    [Rating.Hard]: preview[Rating.Hard].card.due,
    [Rating.Good]: preview[Rating.Good].card.due,
    [Rating.Easy]: preview[Rating.Easy].card.due,
  }
}

// ---------------------------------------------------------------------------------------------
// Snapshots: ts-fsrs cards and logs with ISO dates, for JSON (localStorage, actions, responses).
// ---------------------------------------------------------------------------------------------

const isoDate = z.iso.datetime({ offset: true })
const count = z.number().int().min(0)

export const cardSnapshotSchema = z.strictObject({
  due: isoDate,
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  elapsed_days: count,
  scheduled_days: count,
  learning_steps: count,
  reps: count,
  lapses: count,
  state: z.enum(State),
  last_review: isoDate.optional(),
})
export type CardSnapshot = z.infer<typeof cardSnapshotSchema>

export const logSnapshotSchema = z.strictObject({
  rating: gradeSchema,
  state: z.enum(State),
  due: isoDate,
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  elapsed_days: count,
  last_elapsed_days: count,
  scheduled_days: count,
  learning_steps: count,
  review: isoDate,
})
export type LogSnapshot = z.infer<typeof logSnapshotSchema>

export function snapshotCard(card: Card): CardSnapshot {
  const { last_review, ...rest } = card
  return {
    ...rest,
    due: card.due.toISOString(),
    ...(last_review ? { last_review: last_review.toISOString() } : {}),
  }
}

export function cardFromSnapshot(s: CardSnapshot): Card {
  const { last_review, ...rest } = s
  return { ...rest, due: new Date(s.due), ...(last_review ? { last_review: new Date(last_review) } : {}) }
}

export function snapshotLog(log: ReviewLog): LogSnapshot {
  return { ...log, rating: log.rating as Grade, due: log.due.toISOString(), review: log.review.toISOString() }
}

export function logFromSnapshot(s: LogSnapshot): ReviewLog {
  return { ...s, due: new Date(s.due), review: new Date(s.review) }
}
