import { describe, expect, it } from 'vitest'
import { type AccountReview, planMerge, type ReviewToMerge } from './merge'
import { grade, newCard, Rating, type Grade } from './scheduler'

const t = (minutes: number) => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000)
const r = (key: string, cardId: string, rating: Grade, minutes: number): ReviewToMerge => ({
  key,
  cardId,
  rating,
  review: t(minutes),
})

function replay(reviews: ReviewToMerge[]) {
  let card = newCard(reviews[0].review)
  for (const x of reviews) card = grade(card, x.rating, x.review).card
  return card
}

describe('merging visitor progress into an account', () => {
  const visitor = [
    r('v1', 'a:recall', Rating.Good, 0),
    r('v2', 'a:recall', Rating.Good, 10),
    r('v3', 'b:recall', Rating.Again, 1),
  ]

  it('imports every visitor review into an empty account, card by card', () => {
    const plan = planMerge({ account: [], visitor })
    expect(plan.inserts.map((i) => i.key).sort()).toEqual(['v1', 'v2', 'v3'])
    expect(plan.cards.get('a:recall')).toEqual(replay(visitor.slice(0, 2)))
    expect(plan.cards.get('b:recall')).toEqual(replay([visitor[2]]))
    expect(plan.skipped.alreadyMerged).toBe(0)
  })

  it('is idempotent: a retried merge adds no review and no card', () => {
    const first = planMerge({ account: [], visitor })
    const account: AccountReview[] = first.inserts.map((i) => ({
      key: i.key,
      cardId: i.cardId,
      rating: i.log.rating as Grade,
      review: i.log.review,
      undone: false,
    }))
    const again = planMerge({ account, visitor })
    expect(again.inserts).toEqual([])
    expect(again.cards.size).toBe(0)
    expect(again.skipped.alreadyMerged).toBe(3)
  })

  it('never re-applies a review the account has undone, nor a key sent twice', () => {
    const account: AccountReview[] = [{ ...r('v1', 'a:recall', Rating.Good, 0), undone: true }]
    const plan = planMerge({ account, visitor: [...visitor, visitor[1]] })
    expect(plan.inserts.map((i) => i.key).sort()).toEqual(['v2', 'v3'])
    expect(plan.skipped.alreadyMerged).toBe(2)
    expect(plan.cards.get('a:recall')).toEqual(replay([visitor[1]]))
  })

  it('interleaves the account’s and the visitor’s reviews of one card by time, losing none', () => {
    const account: AccountReview[] = [{ ...r('s1', 'a:recall', Rating.Again, 5), undone: false }]
    const plan = planMerge({ account, visitor })
    const combined = [visitor[0], account[0], visitor[1]]
    expect(plan.cards.get('a:recall')).toEqual(replay(combined))
    expect(plan.cards.get('a:recall')!.reps).toBe(3)
    // The visitor's second review is logged with the card as the replay had it, after s1.
    const v2 = plan.inserts.find((i) => i.key === 'v2')!
    expect(v2.log).toEqual(grade(replay(combined.slice(0, 2)), Rating.Good, t(10)).log)
  })

  it('leaves cards only the account has untouched', () => {
    const account: AccountReview[] = [{ ...r('s1', 'z:recall', Rating.Good, 0), undone: false }]
    expect(planMerge({ account, visitor }).cards.has('z:recall')).toBe(false)
  })
})
