import { describe, expect, it } from 'vitest'
import { ACK, SYN } from '@/lib/tcp'
import { buildViewModel } from './model'
import { sentByTime } from './packet-list'
import { CLIENT, SERVER, traceBuilder } from './testing/trace-builder'

describe('sentByTime', () => {
  // SYN at 0, SYN-ACK at 50, ACK at 100: two segments leave together at 100 to test ties.
  const b = traceBuilder(CLIENT, SERVER)
  b.send(0, 'client', { flags: SYN, seq: 1, deliverAt: 50 })
  b.send(50, 'server', { flags: SYN | ACK, seq: 9, ack: 2, deliverAt: 100 })
  b.send(100, 'client', { flags: ACK, seq: 2, ack: 10, deliverAt: 150 })
  b.send(100, 'client', { flags: ACK, seq: 2, ack: 10, deliverAt: 150 })
  const { records } = buildViewModel(b.build())

  it('counts the segments sent at or before t, as a filter over the records would', () => {
    for (const t of [-1, 0, 49, 50, 99, 100, 1000]) {
      expect(sentByTime(records, t)).toBe(records.filter((r) => r.sentAt <= t).length)
    }
  })

  it('is zero for no records', () => {
    expect(sentByTime([], 10)).toBe(0)
  })
})
