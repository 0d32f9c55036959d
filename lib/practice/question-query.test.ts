import { describe, expect, it } from 'vitest'
import { parseQuestionQuery } from './question-query'

describe('the questions list query', () => {
  it('reads every filter from the URL', () => {
    expect(
      parseQuestionQuery({ q: ' 半连接 ', topic: 'syn-flood', difficulty: 'hard', status: 'due' }),
    ).toEqual({ search: '半连接', topic: 'syn-flood', difficulty: 'hard', status: 'due' })
  })

  it('drops unknown values and repeated parameters keep the first, without failing', () => {
    expect(
      parseQuestionQuery({
        q: '',
        topic: 'no-such-topic',
        difficulty: ['easy', 'hard'],
        status: 'forgotten',
      }),
    ).toEqual({ search: undefined, topic: undefined, difficulty: 'easy', status: undefined })
    expect(parseQuestionQuery({ q: 'x'.repeat(201) }).search).toBeUndefined()
  })
})
