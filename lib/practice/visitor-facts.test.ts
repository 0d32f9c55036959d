import { describe, expect, it } from 'vitest'
import { grade, newCard, Rating, snapshotCard, snapshotLog, State } from './scheduler'
import { type VisitorProgress } from './visitor-progress'
import { readVisitorFacts } from './visitor-facts'

const t0 = new Date('2026-03-01T08:00:00Z')
const first = grade(newCard(t0), Rating.Good, t0)

describe('visitor facts', () => {
  it('reads cards and effective reviews from the stored progress format', () => {
    const progress: VisitorProgress = {
      version: 1,
      cards: { 'syn-flood:recall': snapshotCard(first.card) },
      reviews: [
        {
          key: 'key-00000001',
          cardId: 'syn-flood:recall',
          rating: Rating.Good,
          undone: false,
          log: snapshotLog(first.log),
        },
        {
          key: 'key-00000002',
          cardId: 'syn-flood:recall',
          rating: Rating.Again,
          undone: true,
          log: snapshotLog(first.log),
        },
      ],
    }
    const facts = readVisitorFacts(JSON.stringify(progress))
    expect(facts.cards.get('syn-flood:recall')).toEqual({ state: State.Learning, due: first.card.due })
    expect(facts.reviews).toEqual([
      { cardId: 'syn-flood:recall', rating: Rating.Good, state: State.New, review: t0 },
    ])
  })

  it('returns nothing for missing, foreign or malformed records instead of throwing', () => {
    for (const text of [
      null,
      '',
      '{',
      '[]',
      '{"version":2,"cards":{}}',
      '{"version":1,"cards":{"x":{"due":"soon"}}}',
    ])
      expect(readVisitorFacts(text)).toEqual({ cards: new Map(), reviews: [] })
  })
})
