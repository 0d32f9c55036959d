import { describe, expect, it } from 'vitest'
import { type ChoiceItem, type OrderingItem } from '@/lib/content/schema'
import { initialOrder, isRightChoice, isRightOrder, moveStep, placedRight } from './answers'

const ordering: OrderingItem = {
  kind: 'ordering',
  id: 'close-order',
  prompt: 'Order the close',
  steps: ['fin', 'ack', 'fin-2', 'last-ack'].map((id) => ({ id, text: id })),
  explanation: 'Because.',
}
const choice: ChoiceItem = {
  kind: 'choice',
  id: 'q',
  prompt: 'Pick',
  choices: [
    { id: 'a', text: 'A', correct: false, explanation: 'no' },
    { id: 'b', text: 'B', correct: true, explanation: 'yes' },
  ],
}

describe('answers', () => {
  it('a choice is right only when it is the correct choice', () => {
    expect(isRightChoice(choice, 'b')).toBe(true)
    expect(isRightChoice(choice, 'a')).toBe(false)
    expect(isRightChoice(choice, 'zzz')).toBe(false)
  })

  it('an order is right only when every step is in place', () => {
    expect(isRightOrder(ordering, ['fin', 'ack', 'fin-2', 'last-ack'])).toBe(true)
    expect(isRightOrder(ordering, ['ack', 'fin', 'fin-2', 'last-ack'])).toBe(false)
    expect(isRightOrder(ordering, ['fin', 'ack', 'fin-2'])).toBe(false)
    expect(placedRight(ordering, ['ack', 'fin', 'fin-2', 'last-ack'])).toBe(2)
  })

  it('the first order shown is a stable shuffle that never gives the answer away', () => {
    const first = initialOrder(ordering)
    expect(initialOrder(ordering)).toEqual(first)
    expect([...first].sort()).toEqual(ordering.steps.map((s) => s.id).sort())
    expect(isRightOrder(ordering, first)).toBe(false)
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f'])
      expect(isRightOrder({ ...ordering, id }, initialOrder({ ...ordering, id }))).toBe(false)
  })

  it('moves a step one place and ignores moves past either end', () => {
    expect(moveStep(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c'])
    expect(moveStep(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b'])
    expect(moveStep(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveStep(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
  })
})
