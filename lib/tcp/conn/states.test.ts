import { describe, expect, it } from 'vitest'
import { RST } from '../segment'
import { seq, seqAdd } from '../seq'
import { abort, close, openActive, send, shutdownWrite } from './user'
import {
  ACK,
  advanceTo,
  bytes,
  deliver,
  establishedPair,
  FIN,
  harness,
  inState,
  IRS,
  ISS,
  SYN,
  takeSent,
} from './testkit'

const A = (n: number) => seqAdd(ISS, n) // our sequence space, relative
const B = (n: number) => seqAdd(IRS, n) // the peer's

describe('CLOSED', () => {
  it('CLOSED connect() sends a SYN at the ISS and enters SYN-SENT', () => {
    const h = harness()
    openActive(h.c, ISS)
    expect(h.c.state).toBe('SYN-SENT')
    expect(takeSent(h)).toEqual([{ seq: ISS, ack: 0, flags: SYN, len: 0 }])
    expect(h.c.timers.retransmit).toBe(1000) // RFC 6298 §2.1
  })
})

describe('SYN-SENT', () => {
  it('SYN-SENT SYN,ACK acknowledging our SYN enters ESTABLISHED and sends the third ACK', () => {
    const h = inState('SYN-SENT')
    deliver(h, { seq: IRS, ack: A(1), flags: SYN | ACK, options: { mss: 1400 } })
    expect(h.c.state).toBe('ESTABLISHED')
    expect(h.c.sndMss).toBe(1400)
    expect(takeSent(h)).toEqual([{ seq: A(1), ack: B(1), flags: ACK, len: 0 }])
    expect(h.app).toContainEqual({ kind: 'connected' })
  })

  it('SYN-SENT SYN,ACK with a bad ACK is answered by <SEQ=SEG.ACK><CTL=RST> and ignored', () => {
    const h = inState('SYN-SENT')
    deliver(h, { seq: IRS, ack: seq(777), flags: SYN | ACK })
    expect(h.c.state).toBe('SYN-SENT')
    expect(takeSent(h)).toEqual([{ seq: 777, ack: 0, flags: RST, len: 0 }])
  })

  it('SYN-SENT RST,ACK for our SYN refuses the connection', () => {
    const h = inState('SYN-SENT')
    deliver(h, { seq: seq(0), ack: A(1), flags: RST | ACK })
    expect(h.c.state).toBe('CLOSED')
    expect(h.app).toContainEqual({ kind: 'error', error: 'ECONNREFUSED' })
  })

  it('SYN-SENT RST without ACK is dropped', () => {
    const h = inState('SYN-SENT')
    deliver(h, { seq: IRS, flags: RST })
    expect(h.c.state).toBe('SYN-SENT')
  })

  it('SYN-SENT SYN (simultaneous open) enters SYN-RECEIVED and sends SYN,ACK', () => {
    const h = inState('SYN-SENT')
    deliver(h, { seq: IRS, flags: SYN })
    expect(h.c.state).toBe('SYN-RECEIVED')
    expect(takeSent(h)).toEqual([{ seq: ISS, ack: B(1), flags: SYN | ACK, len: 0 }])
  })

  it('SYN-SENT retransmission timeout re-sends the SYN with a doubled timer', () => {
    const h = harness({ synLinearTimeouts: 0 }, 'linux')
    openActive(h.c, ISS)
    takeSent(h)
    advanceTo(h, 1000)
    expect(takeSent(h)).toEqual([{ seq: ISS, ack: 0, flags: SYN, len: 0 }])
    expect(h.c.timers.retransmit).toBe(3000)
  })

  it('SYN-SENT with tcp_syn_linear_timeouts keeps the 1 s timer (tcp_retransmit_timer)', () => {
    const h = harness({}, 'linux')
    openActive(h.c, ISS)
    takeSent(h)
    advanceTo(h, 1000)
    expect(takeSent(h)).toEqual([{ seq: ISS, ack: 0, flags: SYN, len: 0 }])
    expect(h.c.timers.retransmit).toBe(2000)
  })
})

describe('SYN-RECEIVED', () => {
  it('SYN-RECEIVED ACK of our SYN,ACK enters ESTABLISHED', () => {
    const h = inState('SYN-RECEIVED')
    deliver(h, { ack: A(1) })
    expect(h.c.state).toBe('ESTABLISHED')
  })

  it('SYN-RECEIVED ACK with the accept queue full is dropped and the entry stays', () => {
    const h = inState('SYN-RECEIVED')
    h.acceptQueueFull = true
    deliver(h, { ack: A(1) })
    expect(h.c.state).toBe('SYN-RECEIVED')
  })

  it('SYN-RECEIVED unacceptable ACK is answered by <SEQ=SEG.ACK><CTL=RST>', () => {
    const h = inState('SYN-RECEIVED')
    deliver(h, { ack: A(50) })
    expect(takeSent(h)).toEqual([{ seq: A(50), ack: 0, flags: RST, len: 0 }])
  })

  it('SYN-RECEIVED RST of a passive open returns to LISTEN and frees the entry', () => {
    const h = inState('SYN-RECEIVED')
    deliver(h, { flags: RST })
    expect(h.c.state).toBe('LISTEN')
    expect(h.released).toBe(true)
  })

  it('SYN-RECEIVED retransmitted SYN re-sends the SYN,ACK', () => {
    const h = inState('SYN-RECEIVED')
    deliver(h, { seq: IRS, flags: SYN })
    expect(takeSent(h)).toEqual([{ seq: ISS, ack: B(1), flags: SYN | ACK, len: 0 }])
  })
})

describe('ESTABLISHED', () => {
  it('ESTABLISHED send() splits data into MSS-sized segments with PSH on the last', () => {
    const h = establishedPair()
    send(h.c, bytes(3000))
    expect(takeSent(h)).toEqual([
      { seq: A(1), ack: B(1), flags: ACK, len: 1460 },
      { seq: A(1461), ack: B(1), flags: ACK, len: 1460 },
      { seq: A(2921), ack: B(1), flags: ACK | 0x08, len: 80 },
    ])
  })

  it('ESTABLISHED send() stops at the peer’s receive window', () => {
    const h = establishedPair()
    deliver(h, { window: 1000 })
    send(h.c, bytes(3000))
    expect(takeSent(h).reduce((n, s) => n + s.len, 0)).toBe(1000)
  })

  it('ESTABLISHED cumulative ACK frees the acknowledged bytes and stops the timer', () => {
    const h = establishedPair()
    send(h.c, bytes(100))
    deliver(h, { ack: A(101) })
    expect(h.c.sndUna).toBe(A(101))
    expect(h.c.sendBuf.length).toBe(0)
    expect(h.c.timers.retransmit).toBeUndefined()
  })

  it('ESTABLISHED one small segment is ACKed only after the delayed-ACK time', () => {
    const h = establishedPair()
    deliver(h, { payload: bytes(100), flags: ACK })
    expect(takeSent(h)).toEqual([])
    advanceTo(h, 200)
    expect(takeSent(h)).toEqual([{ seq: A(1), ack: B(101), flags: ACK, len: 0 }])
  })

  it('ESTABLISHED two full-size segments are ACKed at once', () => {
    const h = establishedPair()
    deliver(h, { payload: bytes(1460) })
    deliver(h, { payload: bytes(1460) })
    expect(takeSent(h)).toEqual([{ seq: A(1), ack: B(2921), flags: ACK, len: 0 }])
  })

  it('ESTABLISHED out-of-order data is ACKed at once and delivered when the gap fills', () => {
    const h = establishedPair()
    deliver(h, { seq: B(101), payload: bytes(50) })
    expect(takeSent(h)).toEqual([{ seq: A(1), ack: B(1), flags: ACK, len: 0 }])
    deliver(h, { seq: B(1), payload: bytes(100) })
    expect(h.c.rcvNxt).toBe(B(151))
  })

  it('ESTABLISHED segment outside the window is answered with an ACK and dropped', () => {
    const h = establishedPair()
    deliver(h, { seq: B(200_000), payload: bytes(10) })
    expect(takeSent(h)).toEqual([{ seq: A(1), ack: B(1), flags: ACK, len: 0 }])
    expect(h.c.rcvNxt).toBe(B(1))
  })

  it('ESTABLISHED RST at RCV.NXT resets the connection with ECONNRESET', () => {
    const h = establishedPair()
    deliver(h, { flags: RST })
    expect(h.c.state).toBe('CLOSED')
    expect(h.app).toContainEqual({ kind: 'error', error: 'ECONNRESET' })
  })

  it('ESTABLISHED in-window RST not at RCV.NXT gets a challenge ACK', () => {
    const h = establishedPair()
    deliver(h, { seq: B(10), flags: RST })
    expect(h.c.state).toBe('ESTABLISHED')
    expect(takeSent(h)).toEqual([{ seq: A(1), ack: B(1), flags: ACK, len: 0 }])
  })

  it('ESTABLISHED SYN gets a challenge ACK', () => {
    const h = establishedPair()
    deliver(h, { seq: B(5), flags: SYN })
    expect(h.c.state).toBe('ESTABLISHED')
    expect(takeSent(h)).toEqual([{ seq: A(1), ack: B(1), flags: ACK, len: 0 }])
  })

  it('ESTABLISHED FIN enters CLOSE-WAIT and the RFC profile ACKs it at once', () => {
    const h = establishedPair()
    deliver(h, { flags: FIN | ACK })
    expect(h.c.state).toBe('CLOSE-WAIT')
    expect(takeSent(h)).toEqual([{ seq: A(1), ack: B(2), flags: ACK, len: 0 }])
    expect(h.app).toContainEqual({ kind: 'eof' })
  })

  it('ESTABLISHED FIN under Linux delays its ACK by 40 ms', () => {
    const h = inState('ESTABLISHED', {}, 'linux')
    deliver(h, { flags: FIN | ACK })
    expect(takeSent(h)).toEqual([])
    expect(h.c.timers['delayed-ack']).toBe(40)
  })

  it('ESTABLISHED close() sends FIN and enters FIN-WAIT-1', () => {
    const h = establishedPair()
    close(h.c)
    expect(h.c.state).toBe('FIN-WAIT-1')
    expect(takeSent(h)).toEqual([{ seq: A(1), ack: B(1), flags: FIN | ACK, len: 0 }])
  })

  it('ESTABLISHED close() with unread data sends RST instead of FIN', () => {
    const h = establishedPair()
    h.c.autoRead = false
    deliver(h, { payload: bytes(10) })
    takeSent(h)
    close(h.c)
    expect(h.c.state).toBe('CLOSED')
    expect(takeSent(h)).toEqual([{ seq: A(1), ack: 0, flags: RST, len: 0 }])
  })

  it('ESTABLISHED abort() sends <SEQ=SND.NXT><CTL=RST>', () => {
    const h = establishedPair()
    abort(h.c)
    expect(takeSent(h)).toEqual([{ seq: A(1), ack: 0, flags: RST, len: 0 }])
  })

  it('ESTABLISHED retransmission timeout re-sends from SND.UNA and doubles the RTO', () => {
    const h = establishedPair()
    send(h.c, bytes(100))
    takeSent(h)
    advanceTo(h, 1000)
    expect(takeSent(h)).toEqual([{ seq: A(1), ack: B(1), flags: ACK | 0x08, len: 100 }])
    expect(h.c.timers.retransmit).toBe(3000)
  })
})

describe('FIN-WAIT-1', () => {
  it('FIN-WAIT-1 ACK of our FIN enters FIN-WAIT-2', () => {
    const h = inState('FIN-WAIT-1')
    deliver(h, { ack: A(2) })
    expect(h.c.state).toBe('FIN-WAIT-2')
  })

  it('FIN-WAIT-1 FIN without the ACK of ours enters CLOSING (simultaneous close)', () => {
    const h = inState('FIN-WAIT-1')
    deliver(h, { ack: A(1), flags: FIN | ACK })
    expect(h.c.state).toBe('CLOSING')
    expect(takeSent(h)).toEqual([{ seq: A(2), ack: B(2), flags: ACK, len: 0 }])
  })

  it('FIN-WAIT-1 FIN,ACK acknowledging our FIN goes through FIN-WAIT-2 to TIME-WAIT', () => {
    const h = inState('FIN-WAIT-1')
    deliver(h, { ack: A(2), flags: FIN | ACK })
    expect(h.c.state).toBe('TIME-WAIT')
  })

  it('FIN-WAIT-1 data is still received (half-close)', () => {
    const h = inState('FIN-WAIT-1')
    deliver(h, { ack: A(2), payload: bytes(10) })
    expect(h.c.rcvNxt).toBe(B(11))
  })
})

describe('FIN-WAIT-2', () => {
  it('FIN-WAIT-2 FIN enters TIME-WAIT and ACKs', () => {
    const h = inState('FIN-WAIT-2')
    deliver(h, { flags: FIN | ACK })
    expect(h.c.state).toBe('TIME-WAIT')
    expect(takeSent(h)).toEqual([{ seq: A(2), ack: B(2), flags: ACK, len: 0 }])
    expect(h.c.timers['time-wait']).toBe(240_000)
  })

  it('FIN-WAIT-2 after close() times out under Linux after tcp_fin_timeout', () => {
    const h = inState('FIN-WAIT-1', {}, 'linux')
    h.c.orphaned = true
    deliver(h, { ack: A(2) })
    expect(h.c.timers['fin-wait-2']).toBe(60_000)
    advanceTo(h, 60_000)
    expect(h.c.state).toBe('CLOSED')
  })

  it('FIN-WAIT-2 after shutdown(SHUT_WR) has no timeout', () => {
    const h = inState('ESTABLISHED', {}, 'linux')
    shutdownWrite(h.c)
    deliver(h, { ack: A(2) })
    expect(h.c.state).toBe('FIN-WAIT-2')
    expect(h.c.timers['fin-wait-2']).toBeUndefined()
  })

  it('FIN-WAIT-2 data after close() resets the connection', () => {
    const h = inState('FIN-WAIT-2')
    h.c.orphaned = true
    deliver(h, { payload: bytes(5) })
    expect(h.c.state).toBe('CLOSED')
    expect(takeSent(h)[0].flags & RST).toBe(RST)
  })
})

describe('CLOSE-WAIT', () => {
  it('CLOSE-WAIT close() sends FIN and enters LAST-ACK', () => {
    const h = inState('CLOSE-WAIT')
    close(h.c)
    expect(h.c.state).toBe('LAST-ACK')
    expect(takeSent(h)).toEqual([{ seq: A(1), ack: B(2), flags: FIN | ACK, len: 0 }])
  })

  it('CLOSE-WAIT send() still works (half-close)', () => {
    const h = inState('CLOSE-WAIT')
    expect(send(h.c, bytes(10))).toBe(true)
    expect(takeSent(h)[0].len).toBe(10)
  })
})

describe('CLOSING', () => {
  it('CLOSING ACK of our FIN enters TIME-WAIT', () => {
    const h = inState('CLOSING')
    deliver(h, { ack: A(2) })
    expect(h.c.state).toBe('TIME-WAIT')
  })
})

describe('LAST-ACK', () => {
  it('LAST-ACK ACK of our FIN enters CLOSED', () => {
    const h = inState('LAST-ACK')
    deliver(h, { ack: A(2) })
    expect(h.c.state).toBe('CLOSED')
  })

  it('LAST-ACK timeout retransmits the FIN', () => {
    const h = inState('LAST-ACK')
    h.c.setTimer('retransmit', 1000)
    advanceTo(h, 1000)
    expect(takeSent(h)).toEqual([{ seq: A(1), ack: B(2), flags: FIN | ACK, len: 0 }])
  })
})

describe('TIME-WAIT', () => {
  it('TIME-WAIT retransmitted FIN is re-ACKed and the timer restarts', () => {
    const h = inState('TIME-WAIT')
    h.c.setTimer('time-wait', 240_000)
    h.now = 1000
    deliver(h, { seq: B(1), flags: FIN | ACK })
    expect(takeSent(h)).toEqual([{ seq: A(2), ack: B(2), flags: ACK, len: 0 }])
    expect(h.c.timers['time-wait']).toBe(241_000)
  })

  it('TIME-WAIT timer expiry enters CLOSED', () => {
    const h = inState('TIME-WAIT')
    h.c.setTimer('time-wait', 240_000)
    advanceTo(h, 240_000)
    expect(h.c.state).toBe('CLOSED')
  })

  it('TIME-WAIT new SYN above RCV.NXT ends TIME-WAIT early (MAY-2)', () => {
    const h = inState('TIME-WAIT')
    deliver(h, { seq: B(100_000), flags: SYN })
    expect(h.c.state).toBe('CLOSED')
  })
})

describe('keepalive', () => {
  it('ESTABLISHED idle keepalive probes at SND.NXT−1 and resets after the last unanswered probe', () => {
    const h = establishedPair()
    h.c.options.keepalive = { idleMs: 1000, intervalMs: 100, probes: 2 }
    h.c.setTimer('keepalive', 1000)
    advanceTo(h, 1000)
    expect(takeSent(h)).toEqual([{ seq: A(0), ack: B(1), flags: ACK, len: 0 }])
    advanceTo(h, 1200)
    const last = takeSent(h)
    expect(last[1].flags & RST).toBe(RST)
    expect(h.app).toContainEqual({ kind: 'error', error: 'ETIMEDOUT' })
  })
})
