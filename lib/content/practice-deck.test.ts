import { describe, expect, it } from 'vitest'
import { loadPracticeDeck } from './practice-deck'

describe('the practice deck from the real questions', () => {
  it('has a recall card per question, a card per quiz item and one per prediction, each with its content', async () => {
    const deck = await loadPracticeDeck('zh')
    const timeWait = deck.filter((e) => e.card.questionId === 'time-wait-2msl')
    expect(timeWait.map((e) => e.card.id)).toEqual([
      'time-wait-2msl:recall',
      'time-wait-2msl:quiz:why-2msl',
      'time-wait-2msl:quiz:which-side',
      'time-wait-2msl:quiz:linux-length',
      'time-wait-2msl:quiz:close-order',
      'time-wait-2msl:predict:client-state-after-final-ack',
    ])
    const predict = timeWait.at(-1)!.content
    expect(predict.kind === 'predict' && predict.embed.scenario).toBe('time-wait-final-ack-lost')
    const ordering = timeWait[4].content
    expect(ordering.kind === 'quiz' && ordering.item.kind).toBe('ordering')
    expect(timeWait[0].content.kind === 'recall' && /[\u4e00-\u9fff]/.test(timeWait[0].content.answer)).toBe(true)
    expect(new Set(deck.map((e) => e.card.id)).size).toBe(deck.length)
  }, 30_000)
})
