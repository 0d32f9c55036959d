/**
 * SYN-cookie lifetime and the SYN-queue limits, as Linux applies them: check_tcp_syn_cookie() with
 * MAX_SYNCOOKIE_AGE and tcp_synq_no_recent_overflow() (net/ipv4/syncookies.c, include/net/tcp.h),
 * inet_csk_reqsk_queue_is_full() and tcp_conn_request() (net/ipv4/tcp_input.c).
 */
import { describe, expect, it } from 'vitest'
import { type ScenarioInput } from '../scenario/schema'
import { ACK, SYN } from '../segment'
import { runScenario } from '../sim/runner'
import { type Millis } from '../time'
import { checkCookie, COOKIE_PERIOD_MS, makeCookie, overflowedRecently, stampOverflow } from './syncookie'

const SECRET = 0x5eed
const TUPLE = '10.0.0.1:40000>10.0.0.2:80'
const CLIENT_ISN = 12_345
const at = (ms: number) => ms as Millis
const cookieAt = (ms: number) => makeCookie(SECRET, TUPLE, CLIENT_ISN, at(ms), 3)

describe('cookie age (MAX_SYNCOOKIE_AGE = 2)', () => {
  it('accepts a cookie in the counter it was made in and the next one', () => {
    expect(checkCookie(SECRET, TUPLE, CLIENT_ISN, cookieAt(0), at(0))).toBe(3)
    expect(checkCookie(SECRET, TUPLE, CLIENT_ISN, cookieAt(0), at(2 * COOKIE_PERIOD_MS - 1))).toBe(3)
  })

  it('rejects it once the counter is two ticks on: at most 2 minutes', () => {
    expect(checkCookie(SECRET, TUPLE, CLIENT_ISN, cookieAt(0), at(2 * COOKIE_PERIOD_MS))).toBeUndefined()
  })

  it('a cookie made just before a tick lives only a little over a minute', () => {
    const late = cookieAt(COOKIE_PERIOD_MS - 1)
    expect(checkCookie(SECRET, TUPLE, CLIENT_ISN, late, at(2 * COOKIE_PERIOD_MS - 1))).toBe(3)
    expect(checkCookie(SECRET, TUPLE, CLIENT_ISN, late, at(2 * COOKIE_PERIOD_MS))).toBeUndefined()
  })
})

describe('recent overflow (tcp_synq_overflow / tcp_synq_no_recent_overflow)', () => {
  it('checks ACKs as cookies only up to TCP_SYNCOOKIE_VALID (120 s) after the last overflow', () => {
    expect(overflowedRecently(undefined, at(0))).toBe(false)
    expect(overflowedRecently(at(10_000), at(130_000))).toBe(true)
    expect(overflowedRecently(at(10_000), at(130_001))).toBe(false)
  })

  it('moves the overflow stamp at most once a second', () => {
    expect(stampOverflow(undefined, at(500))).toBe(500)
    expect(stampOverflow(at(500), at(1500))).toBe(500)
    expect(stampOverflow(at(500), at(1501))).toBe(1501)
  })
})

/** `count` spoofed SYNs, 1 ms apart, at a listener with `backlog` and the server `params`. */
function flood(backlog: number, count: number, params: Record<string, unknown>): ScenarioInput {
  return {
    name: 'queue-limits',
    until: 5_000,
    hosts: {
      attacker: { ip: '10.0.0.66' },
      server: { ip: '10.0.0.2', params },
    },
    apps: [{ host: 'server', actions: [{ do: 'listen', port: 80, backlog, at: 0 }] }],
    faults: [{ kind: 'syn-flood', from: 'attacker', to: 'server', port: 80, at: 1, ratePerSec: 1000, count }],
  }
}

/** How many SYNs got a SYN-ACK from a half-open entry, and how many a cookie. */
function answers(s: ScenarioInput) {
  const synAcks = runScenario(s).trace.filter(
    (e) => e.type === 'segment-sent' && e.host === 'server' && e.segment.flags === (SYN | ACK),
  )
  return {
    entries: synAcks.filter((e) => e.type === 'segment-sent' && e.reason === undefined).length,
    cookies: synAcks.filter((e) => e.type === 'segment-sent' && e.reason === 'syn-cookie').length,
  }
}

describe('SYN queue limits', () => {
  it('the SYN queue is full when it exceeds the backlog, whatever tcp_max_syn_backlog says', () => {
    // listen(4) holds 5 half-open entries; tcp_max_syn_backlog 2 does not shrink it.
    expect(answers(flood(4, 20, { maxSynBacklog: 2 }))).toEqual({ entries: 5, cookies: 15 })
  })

  it('with cookies off, unproven peers are dropped once a quarter of tcp_max_syn_backlog is left', () => {
    // max 128: SYNs are taken while 128 − queue length ≥ 32, i.e. up to 97 entries, below backlog 256.
    expect(answers(flood(256, 150, { maxSynBacklog: 128, synCookies: 'off' }))).toEqual({
      entries: 97,
      cookies: 0,
    })
  })

  it('with cookies on, tcp_max_syn_backlog plays no part', () => {
    expect(answers(flood(256, 150, { maxSynBacklog: 128 }))).toEqual({ entries: 150, cookies: 0 })
  })
})
