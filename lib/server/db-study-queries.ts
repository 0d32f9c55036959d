// Reads of a learner's study records, always for one user (the signed-in one).
import { localDayBounds } from '@/lib/practice/day'
import { type ReviewFact } from '@/lib/practice/queue'
import { snapshotCard } from '@/lib/practice/scheduler'
import { type CardView, cardOfRow, type Db } from './db-study'

/** Every card the learner has studied, by card id (a few hundred rows at most). */
export async function loadCards(db: Db, userId: string): Promise<Map<string, CardView>> {
  // Ordered by the (userId, due) index the review queue reads.
  const rows = await db.cardState.findMany({ where: { userId }, orderBy: { due: 'asc' } })
  return new Map(
    rows.map((row) => [row.cardId, { cardId: row.cardId, card: cardOfRow(row), version: row.version }]),
  )
}

/** How many of the learner's studied cards are due before `before` (the (userId, due) index). */
export function countDue(db: Db, userId: string, before: Date): Promise<number> {
  return db.cardState.count({ where: { userId, due: { lt: before }, state: { not: 0 } } })
}

/** Effective reviews in the learner's current local day, for the daily limits. */
export async function reviewsToday(
  db: Db,
  userId: string,
  now: Date,
  timeZone: string,
): Promise<ReviewFact[]> {
  const { start, end } = localDayBounds(now, timeZone)
  const rows = await db.reviewLog.findMany({
    where: { userId, undoneAt: null, review: { gte: start, lt: end } },
    select: { cardId: true, state: true, review: true },
  })
  return rows
}

/** A card's effective review history, oldest first. */
export function cardHistory(db: Db, userId: string, cardId: string) {
  return db.reviewLog.findMany({
    where: { userId, cardId, undoneAt: null },
    orderBy: { review: 'asc' },
    select: { rating: true, review: true, state: true, idempotencyKey: true },
  })
}

/**
 * What the review page hands the browser for a signed-in learner: every card with its version,
 * and the effective reviews of the last 48 hours (the browser counts "today" in its own zone).
 */
export async function accountProgress(db: Db, userId: string, now: Date) {
  const [cards, recent] = await Promise.all([
    loadCards(db, userId),
    db.reviewLog.findMany({
      where: { userId, undoneAt: null, review: { gte: new Date(now.getTime() - 48 * 3_600_000) } },
      select: { idempotencyKey: true, cardId: true, state: true, review: true },
    }),
  ])
  return {
    cards: [...cards.values()].map((v) => ({
      cardId: v.cardId,
      card: snapshotCard(v.card),
      version: v.version,
    })),
    recent: recent.map((r) => ({
      key: r.idempotencyKey,
      cardId: r.cardId,
      state: r.state,
      review: r.review.toISOString(),
    })),
  }
}
