import { createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs'
import { describe, expect, it } from 'vitest'
import { intervalBetween } from './interval'
import {
  cardFromSnapshot,
  cardSnapshotSchema,
  grade,
  logFromSnapshot,
  logSnapshotSchema,
  newCard,
  previewDue,
  Rating,
  snapshotCard,
  snapshotLog,
  State,
  undo,
} from './scheduler'

const start = new Date('2026-01-01T00:00:00Z')
const reference = fsrs(generatorParameters({ enable_fuzz: false }))

describe('the scheduling service', () => {
  it('grades exactly as ts-fsrs does, for every rating', () => {
    for (const rating of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const) {
      const ours = grade(newCard(start), rating, start)
      const theirs = reference.next(createEmptyCard(start), start, rating)
      expect(ours).toEqual(theirs)
    }
  })

  it('previews the due date each button would set, equal to grading with it', () => {
    const first = grade(newCard(start), Rating.Good, start).card
    const now = first.due
    const preview = previewDue(first, now)
    for (const rating of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const)
      expect(preview[rating]).toEqual(grade(first, rating, now).card.due)
    // ts-fsrs 5 defaults: a new card's learning steps are 1 min (Again), 6 min (Hard), 10 min (Good).
    const fresh = previewDue(newCard(start), start)
    expect(intervalBetween(start, fresh[Rating.Again])).toEqual({ value: 1, unit: 'minute' })
    expect(intervalBetween(start, fresh[Rating.Good])).toEqual({ value: 10, unit: 'minute' })
    expect(intervalBetween(start, fresh[Rating.Easy]).unit).toBe('day')
  })

  it('uses the desired retention: a higher target means a shorter interval', () => {
    let card = grade(newCard(start), Rating.Good, start).card
    card = grade(card, Rating.Good, card.due).card
    const at90 = grade(card, Rating.Good, card.due, 0.9).card.scheduled_days
    const at95 = grade(card, Rating.Good, card.due, 0.95).card.scheduled_days
    const at80 = grade(card, Rating.Good, card.due, 0.8).card.scheduled_days
    expect(at95).toBeLessThan(at90)
    expect(at80).toBeGreaterThan(at90)
  })

  it('undo (ts-fsrs rollback) returns a reviewed card to its state and counts before the grade', () => {
    let card = newCard(start)
    for (const r of [Rating.Good, Rating.Good, Rating.Good] as const) card = grade(card, r, card.due).card
    expect(card.state).toBe(State.Review)
    const lapse = grade(card, Rating.Again, card.due)
    expect(lapse.card.lapses).toBe(1)
    const back = undo(lapse.card, lapse.log)
    expect(back).toMatchObject({
      state: State.Review,
      stability: card.stability,
      difficulty: card.difficulty,
      reps: card.reps,
      lapses: 0,
      scheduled_days: card.scheduled_days,
    })
  })

  it('undo of a first review gives back a new card due when it was', () => {
    const first = grade(newCard(start), Rating.Easy, start)
    expect(undo(first.card, first.log)).toMatchObject({ state: State.New, reps: 0, due: start })
  })

  it('snapshots survive JSON and validate', () => {
    const { card, log } = grade(newCard(start), Rating.Good, start)
    const cardJson = JSON.parse(JSON.stringify(snapshotCard(card)))
    const logJson = JSON.parse(JSON.stringify(snapshotLog(log)))
    expect(cardFromSnapshot(cardSnapshotSchema.parse(cardJson))).toEqual(card)
    expect(logFromSnapshot(logSnapshotSchema.parse(logJson))).toEqual(log)
    expect(cardSnapshotSchema.safeParse({ ...cardJson, state: 9 }).success).toBe(false)
    expect(logSnapshotSchema.safeParse({ ...logJson, rating: 0 }).success).toBe(false)
  })
})

describe('intervals on buttons', () => {
  const at = (ms: number) => intervalBetween(start, new Date(start.getTime() + ms))
  it('round to one readable unit', () => {
    expect(at(0)).toEqual({ value: 1, unit: 'minute' })
    expect(at(6 * 60_000)).toEqual({ value: 6, unit: 'minute' })
    expect(at(5 * 3_600_000)).toEqual({ value: 5, unit: 'hour' })
    expect(at(3 * 86_400_000)).toEqual({ value: 3, unit: 'day' })
    expect(at(95 * 86_400_000)).toEqual({ value: 3, unit: 'month' })
    expect(at(800 * 86_400_000)).toEqual({ value: 2.2, unit: 'year' })
  })
})
