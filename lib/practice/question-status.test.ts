import { describe, expect, it } from 'vitest'
import { filterQuestions, type ListedQuestion, questionStatuses, STATE_NEW } from './question-status'
import { grade, newCard, Rating, type Card, State } from './scheduler'

const now = new Date('2026-05-01T02:00:00Z')
const reviewCard = (due: string): Card => ({
  ...grade(newCard(now), Rating.Easy, now).card,
  due: new Date(due),
})

const questions: ListedQuestion[] = [
  {
    id: 'time-wait-2msl',
    topics: ['connection-close', 'time-wait'],
    difficulty: 'medium',
    text: {
      en: { title: 'Why does TIME-WAIT last 2MSL?', summary: 'The active closer waits.' },
      zh: { title: '为什么 TIME-WAIT 要持续 2MSL？', summary: '主动关闭的一方等待。' },
    },
  },
  {
    id: 'syn-flood-syn-cookies',
    topics: ['connection-setup', 'syn-flood'],
    difficulty: 'hard',
    text: {
      en: { title: 'What is a SYN flood?', summary: 'Half-open connections fill the SYN queue.' },
      zh: {
        title: '什么是 SYN 洪泛？',
        summary: '半连接占满 SYN 队列。',
        body: '开启 tcp_syncookies 后，服务器不再为半连接保存状态。',
      },
    },
  },
  {
    id: 'keepalive',
    topics: ['keepalive'],
    difficulty: 'easy',
    text: { en: { title: 'Keepalive', summary: 'Probes.' }, zh: { title: '保活', summary: '探测。' } },
  },
]

describe('question status', () => {
  it('is due when a studied card falls due today (local), learned otherwise, new when unstudied', () => {
    const cards = new Map<string, Card>([
      ['time-wait-2msl:recall', reviewCard('2026-05-01T15:00:00Z')], // 23:00 in Shanghai: today
      ['time-wait-2msl:quiz:a', reviewCard('2026-06-01T00:00:00Z')],
      ['syn-flood-syn-cookies:recall', reviewCard('2026-05-01T16:30:00Z')], // 00:30 tomorrow in Shanghai
    ])
    const statuses = questionStatuses(cards, now, 'Asia/Shanghai')
    expect(Object.fromEntries(statuses)).toEqual({
      'time-wait-2msl': 'due',
      'syn-flood-syn-cookies': 'learned',
    })
    // In UTC the SYN-flood card is due on the 1st too.
    expect(questionStatuses(cards, now, 'UTC').get('syn-flood-syn-cookies')).toBe('due')
    expect(filterQuestions(questions, statuses, { status: 'new' }).map((q) => q.id)).toEqual(['keepalive'])
  })

  it('filters by topic, difficulty and status together', () => {
    const statuses = new Map([['time-wait-2msl', 'due' as const]])
    expect(filterQuestions(questions, statuses, { topic: 'time-wait', status: 'due' })).toHaveLength(1)
    expect(filterQuestions(questions, statuses, { topic: 'time-wait', difficulty: 'hard' })).toHaveLength(0)
  })

  it('searches titles and summaries in both languages, whatever the page language', () => {
    const ids = (search: string) => filterQuestions(questions, new Map(), { search }).map((q) => q.id)
    expect(ids('syn QUEUE')).toEqual(['syn-flood-syn-cookies'])
    expect(ids('洪泛')).toEqual(['syn-flood-syn-cookies'])
    expect(ids('ＴＩＭＥ-ＷＡＩＴ')).toEqual(['time-wait-2msl']) // full-width, as a CJK IME types it
    expect(ids('主动关闭')).toEqual(['time-wait-2msl'])
    expect(ids('')).toHaveLength(3)
    // Body text counts, in any locale: a term only the Chinese body uses finds the question.
    expect(ids('tcp_syncookies 半连接')).toEqual(['syn-flood-syn-cookies'])
  })

  it('keeps new cards and cards of no question out of the statuses', () => {
    expect(STATE_NEW).toBe(State.New)
    const cards = new Map<string, Pick<Card, 'state' | 'due'>>([
      ['keepalive:recall', { state: State.New, due: now }],
      ['not-a-card-id', { state: State.Review, due: now }],
    ])
    expect(questionStatuses(cards, now, 'UTC').size).toBe(0)
  })
})
