import { describe, expect, it } from 'vitest'
import { simMessages } from '@/lib/i18n/messages/sim'
import { ACK, SYN } from '@/lib/tcp'
import { layoutLadder } from './ladder-layout'
import { buildViewModel } from './model'
import { segmentName } from './segment-name'
import { CLIENT, SERVER, traceBuilder } from './testing/trace-builder'

/** A SYN lost in the network, its retransmission answered. */
function lostSyn() {
  const b = traceBuilder(CLIENT, SERVER)
  b.send(0, 'client', { flags: SYN, seq: 100, dropAt: 10 })
  b.send(1000, 'client', { flags: SYN, seq: 100, reason: 'retransmission', deliverAt: 1050 })
  b.send(1050, 'server', { flags: SYN | ACK, seq: 900, ack: 101, deliverAt: 1100 })
  return buildViewModel(b.build())
}

describe('segmentName', () => {
  const model = lostSyn()
  const layout = layoutLadder(model, 560)
  const name = (i: number, t: number, locale: 'en' | 'zh' = 'en') =>
    segmentName(layout.arrows[i], model.records[i], t, simMessages[locale])

  it('says what was drawn, who sent it to whom, and that it was dropped', () => {
    expect(name(0, 5000)).toBe('SYN seq=0, client to server, dropped')
  })
  it('leads with Wireshark’s tag and ends with delivered once the segment arrived', () => {
    expect(name(1, 5000)).toMatch(/^\[TCP Retransmission\] SYN seq=0, client to server, delivered$/)
    expect(name(2, 5000)).toBe('SYN, ACK seq=0 ack=1, server to client, delivered')
  })
  it('is in flight before the segment’s fate, and speaks the page’s language', () => {
    expect(name(2, 1060)).toBe('SYN, ACK seq=0 ack=1, server to client, in flight')
    expect(name(0, 5000, 'zh')).toBe('SYN seq=0，client 发往 server，已丢失')
  })
})
