import { describe, expect, it } from 'vitest'
import { deriveDeck, type CardSource } from './cards'
import { buildQueue, countToday, LEARN_AHEAD_MS, pickNext, type ReviewFact } from './queue'
import { type Card, grade, newCard, Rating, State } from './scheduler'

const source = (questionId: string, topics: string[], items: number): CardSource => ({
  questionId,
  slug: questionId,
  topics,
  difficulty: 'easy',
  quiz: Array.from({ length: items }, (_, i) => ({ id: `item-${i}`, kind: 'choice' as const })),
  predictions: [],
})
// 2 questions × 5 cards: alpha (setup) and omega (close).
const deck = deriveDeck([source('alpha', ['connection-setup'], 4), source('omega', ['connection-close'], 4)])
const tz = 'Asia/Shanghai'
const limits = { newPerDay: 100, reviewCap: 100 }

function reviewed(times: number, at: Date): Card {
  let card = newCard(at)
  for (let i = 0; i < times; i++) card = grade(card, Rating.Good, i === 0 ? at : card.due).card
  return card
}

describe('the review queue', () => {
  const now = new Date('2026-05-01T02:00:00Z') // 10:00 in Shanghai

  it('offers every card as new on day one, in content order, counted per topic', () => {
    const q = buildQueue({ deck, states: new Map(), reviewsToday: [], now, timeZone: tz, settings: limits })
    expect(q.entries.map((e) => e.card.id)).toEqual(deck.map((c) => c.id))
    expect(q.counts).toEqual({ new: 10, learning: 0, review: 0 })
    expect(q.perTopic['connection-setup']).toEqual({ new: 5, learning: 0, review: 0 })
  })

  it('respects the daily new limit, minus the new cards already started today', () => {
    const started: ReviewFact[] = [
      { cardId: 'x:recall', state: State.New, review: new Date('2026-04-30T17:00:00Z') }, // 01:00 local today
      { cardId: 'y:recall', state: State.New, review: new Date('2026-04-30T15:00:00Z') }, // yesterday, local
    ]
    const q = buildQueue({
      deck,
      states: new Map(),
      reviewsToday: started,
      now,
      timeZone: tz,
      settings: { newPerDay: 3, reviewCap: 100 },
    })
    expect(q.today).toEqual({ newStarted: 1, reviewsDone: 0 })
    expect(q.entries.map((e) => e.card.id)).toEqual(['alpha:recall', 'alpha:quiz:item-0'])
  })

  it('puts learning cards due within the learn-ahead window first, reviews due today next', () => {
    const learning = grade(newCard(now), Rating.Good, new Date(now.getTime() - 5 * 60_000)).card // due in 5 min
    const farLearning = grade(newCard(now), Rating.Good, new Date(now.getTime() + LEARN_AHEAD_MS)).card
    const dueTonight = {
      ...reviewed(3, new Date('2026-04-01T00:00:00Z')),
      due: new Date('2026-05-01T15:00:00Z'),
    } // 23:00 local
    const dueTomorrow = { ...dueTonight, due: new Date('2026-05-01T16:00:00Z') } // 00:00 local tomorrow
    expect(dueTonight.state).toBe(State.Review)
    const states = new Map<string, Card>([
      ['omega:recall', dueTonight],
      ['alpha:recall', learning],
      ['alpha:quiz:item-0', farLearning],
      ['alpha:quiz:item-1', dueTomorrow],
    ])
    const q = buildQueue({
      deck,
      states,
      reviewsToday: [],
      now,
      timeZone: tz,
      settings: { newPerDay: 0, reviewCap: 9 },
    })
    expect(q.entries.map((e) => [e.card.id, e.bucket])).toEqual([
      ['alpha:recall', 'learning'],
      ['omega:recall', 'review'],
    ])
    expect(q.nextDue).toEqual(dueTomorrow.due < farLearning.due ? dueTomorrow.due : farLearning.due)
  })

  it('caps reviews per local day, counting those done earlier today, most overdue first', () => {
    const base = reviewed(3, new Date('2026-03-01T00:00:00Z'))
    const states = new Map<string, Card>(
      deck.slice(0, 4).map((c, i) => [c.id, { ...base, due: new Date(`2026-04-2${i}T00:00:00Z`) }]),
    )
    const done: ReviewFact[] = [
      { cardId: 'omega:recall', state: State.Review, review: new Date('2026-05-01T01:00:00Z') },
    ]
    const q = buildQueue({
      deck,
      states,
      reviewsToday: done,
      now,
      timeZone: tz,
      settings: { newPerDay: 0, reviewCap: 3 },
    })
    expect(q.entries.map((e) => e.card.id)).toEqual(['alpha:recall', 'alpha:quiz:item-0'])
    expect(q.nextDue).toEqual(new Date('2026-04-22T00:00:00Z'))
  })

  it('filters by topic', () => {
    const q = buildQueue({
      deck,
      states: new Map(),
      reviewsToday: [],
      now,
      timeZone: tz,
      settings: limits,
      topics: ['connection-close'],
    })
    expect(new Set(q.entries.map((e) => e.card.questionId))).toEqual(new Set(['omega']))
  })

  it('finds exactly the cards due when the learner comes back the next day', () => {
    // Day 1 (10:00 local): every card graded Good twice, so each graduates to Review.
    const states = new Map<string, Card>()
    for (const card of deck) states.set(card.id, reviewed(2, now))
    const graduated = [...states.values()][0]
    expect(graduated.state).toBe(State.Review)
    // Hand-pick one card to be due tomorrow, and one in 3 days.
    states.set('alpha:recall', { ...graduated, due: new Date('2026-05-02T05:00:00Z') })
    states.set('omega:recall', { ...graduated, due: new Date('2026-05-04T05:00:00Z') })
    for (const [id, c] of states)
      if (id !== 'alpha:recall' && id !== 'omega:recall')
        states.set(id, { ...c, due: new Date('2026-06-01T00:00:00Z') })
    const tomorrow = new Date('2026-05-02T01:00:00Z') // 09:00 local the next day
    const q = buildQueue({ deck, states, reviewsToday: [], now: tomorrow, timeZone: tz, settings: limits })
    expect(q.entries.map((e) => e.card.id)).toEqual(['alpha:recall'])
  })
})

describe('countToday', () => {
  it('counts in the learner’s day, so the same reviews give different counts per zone', () => {
    const reviews: ReviewFact[] = [
      { cardId: 'a:recall', state: State.New, review: new Date('2026-05-01T20:00:00Z') },
    ]
    const now = new Date('2026-05-01T22:00:00Z')
    expect(countToday(reviews, now, 'UTC').newStarted).toBe(1)
    // In Shanghai 20:00Z was 04:00 on the 2nd and 22:00Z is 06:00 on the 2nd: same day too.
    expect(countToday(reviews, now, 'Asia/Shanghai').newStarted).toBe(1)
    // In New York 20:00Z was 16:00 and 22:00Z is 18:00 on the 1st: same day.
    expect(countToday(reviews, now, 'America/New_York').newStarted).toBe(1)
    // At 03:00Z on the 2nd New York is still on the 1st (23:00), while UTC has begun the 2nd.
    const later = new Date('2026-05-02T03:00:00Z')
    expect(countToday(reviews, later, 'America/New_York').newStarted).toBe(1)
    expect(countToday(reviews, later, 'UTC').newStarted).toBe(0)
  })
})

describe('pickNext', () => {
  it('shows cards already due before a learning card whose step has not ended', () => {
    const now = new Date('2026-05-01T02:00:00Z')
    const failed = grade(newCard(now), Rating.Again, now).card // due in 1 minute
    const q = buildQueue({
      deck,
      states: new Map([['alpha:recall', failed]]),
      reviewsToday: [],
      now,
      timeZone: 'UTC',
      settings: { newPerDay: 1, reviewCap: 0 },
    })
    expect(q.entries.map((e) => e.card.id)).toEqual(['alpha:recall', 'alpha:quiz:item-0'])
    expect(pickNext(q.entries, now)?.card.id).toBe('alpha:quiz:item-0')
    expect(pickNext(q.entries.slice(0, 1), now)?.card.id).toBe('alpha:recall')
  })
})
