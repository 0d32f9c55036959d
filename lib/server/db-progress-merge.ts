// Merging a visitor's browser-kept reviews into their account on sign-in or sign-up. The rules
// (idempotent by review key, undone reviews never applied, cards rebuilt by replay) live in the
// pure planner, lib/practice/merge.ts; this file loads what it needs and writes its plan in one
// transaction.
import { parseCardId } from '@/lib/practice/card-id'
import { planMerge } from '@/lib/practice/merge'
import { type Grade } from '@/lib/practice/scheduler'
import { type VisitorReview } from '@/lib/practice/visitor-progress'
import { type Db, cardColumns, isUniqueViolation, logColumns } from './db-study'

export interface MergeResult {
  /** Reviews added to the account now. */
  readonly imported: number
  /** Reviews the account already had (an earlier or concurrent merge). */
  readonly alreadyMerged: number
  /** Reviews of cards whose question no longer exists; kept in the browser, not imported. */
  readonly unknownCards: number
}

class Conflict extends Error {}

export async function mergeVisitorReviews(
  db: Db,
  input: { userId: string; reviews: readonly VisitorReview[]; retention?: number },
): Promise<MergeResult> {
  // Two tabs signing in at once race here; the loser retries once and finds everything merged.
  for (let attempt = 0; ; attempt++) {
    try {
      return await mergeOnce(db, input)
    } catch (error) {
      if (attempt === 0 && (error instanceof Conflict || isUniqueViolation(error))) continue
      throw error
    }
  }
}

async function mergeOnce(
  db: Db,
  { userId, reviews, retention }: { userId: string; reviews: readonly VisitorReview[]; retention?: number },
): Promise<MergeResult> {
  const questionIds = [...new Set(reviews.map((r) => parseCardId(r.cardId)?.questionId ?? ''))]
  const known = new Set(
    (await db.question.findMany({ where: { id: { in: questionIds } }, select: { id: true } })).map(
      (q) => q.id,
    ),
  )
  const mergeable = reviews.filter((r) => known.has(parseCardId(r.cardId)?.questionId ?? ''))
  const unknownCards = reviews.filter((r) => !r.undone).length - mergeable.filter((r) => !r.undone).length
  const cardIds = [...new Set(mergeable.map((r) => r.cardId))]
  const keys = mergeable.map((r) => r.key)

  return db.$transaction(async (tx) => {
    const account = await tx.reviewLog.findMany({
      where: { userId, OR: [{ cardId: { in: cardIds } }, { idempotencyKey: { in: keys } }] },
      select: { idempotencyKey: true, cardId: true, rating: true, review: true, undoneAt: true },
    })
    const accountKeys = new Set(account.map((r) => r.idempotencyKey))
    const plan = planMerge({
      account: account.map((r) => ({
        key: r.idempotencyKey,
        cardId: r.cardId,
        rating: r.rating as Grade,
        review: r.review,
        undone: r.undoneAt !== null,
      })),
      // A key the account has, even undone there, is never applied again; undone visitor
      // reviews are never applied at all.
      visitor: mergeable
        .filter((r) => !r.undone || accountKeys.has(r.key))
        .map((r) => ({ key: r.key, cardId: r.cardId, rating: r.rating, review: new Date(r.log.review) })),
      retention,
    })

    for (const [cardId, card] of plan.cards) {
      const questionId = parseCardId(cardId)!.questionId
      const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } })
      const version = (row?.version ?? 0) + 1
      if (row) {
        const { count } = await tx.cardState.updateMany({
          where: { id: row.id, version: row.version },
          data: { ...cardColumns(card), version },
        })
        if (count !== 1) throw new Conflict()
      } else
        await tx.cardState.create({ data: { userId, cardId, questionId, ...cardColumns(card), version } })

      const inserts = plan.inserts.filter((i) => i.cardId === cardId)
      for (const [n, insert] of inserts.entries())
        await tx.reviewLog.create({
          data: {
            userId,
            cardId,
            questionId,
            idempotencyKey: insert.key,
            // Only the card's latest review may be undone: earlier ones name a version the card
            // has already left, so undo refuses them as stale.
            cardVersion: n === inserts.length - 1 ? version : version - 1,
            ...logColumns(insert.log),
          },
        })
    }
    return { imported: plan.inserts.length, alreadyMerged: plan.skipped.alreadyMerged, unknownCards }
  })
}
