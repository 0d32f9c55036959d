import { describe, expect, it } from 'vitest'
import { Rating, State } from './scheduler'
import { addDays, AGAIN, computeStats, daysBetween, STATE, type StatsReview } from './stats'

// 2026-03-10 02:00 UTC is 10:00 on the 10th in Shanghai and 22:00 on the 9th in New York.
const now = new Date('2026-03-10T02:00:00Z')
const deck = [
  { id: 'a:recall', topics: ['time-wait'] },
  { id: 'a:quiz:x', topics: ['time-wait'] },
  { id: 'b:recall', topics: ['syn-flood', 'connection-setup'] },
  { id: 'c:recall', topics: ['keepalive'] },
]
const at = (iso: string) => new Date(iso)
const review = (cardId: string, iso: string, rating: number = Rating.Good): StatsReview => ({
  cardId,
  rating,
  review: at(iso),
})
const base = { now, deck, cards: new Map(), reviews: [], quiz: [] }

describe('statistics', () => {
  it('uses ts-fsrs’s numbering for states and Again', () => {
    expect(STATE).toEqual({
      new: State.New,
      learning: State.Learning,
      review: State.Review,
      relearning: State.Relearning,
    })
    expect(AGAIN).toBe(Rating.Again)
  })

  it('counts calendar days across month ends and DST changes', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2) // US DST starts on the 8th
  })

  it('counts cards by state, due today and the forecast in the learner’s time zone', () => {
    const cards = new Map([
      ['a:recall', { state: State.Review, due: at('2026-03-10T15:30:00Z') }], // 23:30 on the 10th in Shanghai
      ['a:quiz:x', { state: State.Learning, due: at('2026-03-01T00:00:00Z') }], // overdue
      ['b:recall', { state: State.Relearning, due: at('2026-03-10T16:30:00Z') }], // 00:30 on the 11th in Shanghai
    ])
    const shanghai = computeStats({ ...base, cards, timeZone: 'Asia/Shanghai' })
    expect(shanghai.states).toEqual({ new: 1, learning: 1, review: 1, relearning: 1 })
    expect(shanghai.dueToday).toBe(2)
    expect(shanghai.forecast.slice(0, 3)).toEqual([
      { date: '2026-03-10', count: 2 },
      { date: '2026-03-11', count: 1 },
      { date: '2026-03-12', count: 0 },
    ])
    expect(shanghai.forecast).toHaveLength(30)
    // In New York it is still the 9th: only the overdue card is due today.
    const newYork = computeStats({ ...base, cards, timeZone: 'America/New_York' })
    expect(newYork.dueToday).toBe(1)
    expect(newYork.forecast.slice(0, 2).map((d) => d.count)).toEqual([1, 2])
    expect(newYork.topics.find((t) => t.topic === 'time-wait')).toMatchObject({
      cards: 2,
      studied: 2,
      inReview: 1,
      due: 1,
    })
  })

  it('counts reviews per local day, retention per topic and the current streak', () => {
    const reviews = [
      review('a:recall', '2026-03-08T03:00:00Z'),
      review('a:recall', '2026-03-09T03:00:00Z', Rating.Again),
      review('b:recall', '2026-03-09T15:59:00Z'), // 23:59 on the 9th in Shanghai
      review('b:recall', '2026-03-09T16:01:00Z', Rating.Easy), // 00:01 on the 10th in Shanghai
    ]
    const stats = computeStats({ ...base, reviews, timeZone: 'Asia/Shanghai' })
    expect(stats.reviewsPerDay).toHaveLength(30)
    expect(stats.reviewsPerDay.at(-1)).toEqual({ date: '2026-03-10', count: 1 })
    expect(stats.reviewsPerDay.slice(-3).map((d) => d.count)).toEqual([1, 2, 1])
    expect(stats.retention).toEqual({ kept: 3, total: 4 })
    expect(stats.topics.find((t) => t.topic === 'time-wait')?.retention).toEqual({ kept: 1, total: 2 })
    expect(stats.topics.find((t) => t.topic === 'syn-flood')?.retention).toEqual({ kept: 2, total: 2 })
    expect(stats.streak).toEqual({ days: 3, reviewedToday: true })
    // In UTC the last review was on the 9th and today (the 10th) has none yet: the streak holds.
    expect(computeStats({ ...base, reviews, timeZone: 'UTC' }).streak).toEqual({
      days: 2,
      reviewedToday: false,
    })
    // A missed day breaks it.
    const gap = computeStats({
      ...base,
      reviews: [review('a:recall', '2026-03-07T03:00:00Z')],
      timeZone: 'UTC',
    })
    expect(gap.streak).toEqual({ days: 0, reviewedToday: false })
  })

  it('scores quiz sessions, latest first', () => {
    const quiz = [
      { sessionId: 's1', correct: true, at: at('2026-03-01T10:00:00Z') },
      { sessionId: 's1', correct: false, at: at('2026-03-01T10:01:00Z') },
      { sessionId: 's2', correct: true, at: at('2026-03-05T10:00:00Z') },
      { sessionId: null, correct: true, at: at('2026-02-01T10:00:00Z') },
    ]
    const stats = computeStats({ ...base, quiz, timeZone: 'UTC' })
    expect(stats.quiz).toEqual({
      answers: 4,
      correct: 3,
      sessions: [
        { sessionId: 's2', at: at('2026-03-05T10:00:00Z'), correct: 1, total: 1 },
        { sessionId: 's1', at: at('2026-03-01T10:01:00Z'), correct: 1, total: 2 },
      ],
    })
  })
})
