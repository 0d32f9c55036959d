/**
 * The RTO each profile computes: RFC 6298 §2, and Linux tcp_rtt_estimator() + tcp_set_rto()
 * (net/ipv4/tcp_input.c), where tcp_rto_min floors the variance term rather than the RTO.
 */
import { describe, expect, it } from 'vitest'
import { resolveParams } from './profile'
import { RttEstimator } from './rtt'

const estimator = (profile: 'rfc' | 'linux', overrides = {}) =>
  new RttEstimator(resolveParams(profile, overrides))

describe('linux RTO (tcp_set_rto)', () => {
  it('a 20 ms path gets SRTT + tcp_rto_min = 220 ms, not a flat 200 ms', () => {
    const e = estimator('linux')
    e.sample(20)
    expect(e.rto).toBe(220)
    expect(e.srtt).toBe(20)
  })

  it('stays at SRTT + 200 ms while the RTT is steady: rttvar never drops under tcp_rto_min', () => {
    const e = estimator('linux')
    for (let i = 0; i < 50; i++) e.sample(20)
    expect(e.rto).toBe(220)
  })

  it('the first sample of a long path gives 3·RTT (mdev = 2·RTT, "make sure rto = 3*rtt")', () => {
    const e = estimator('linux')
    e.sample(400)
    expect(e.rto).toBe(1200)
  })

  it('a jump in RTT raises rttvar at once (mdev_max), a fall lowers it slowly', () => {
    const e = estimator('linux')
    for (let i = 0; i < 20; i++) e.sample(100)
    const steady = e.rto
    expect(steady).toBe(300)
    e.sample(500) // err 400: mdev += (400 - mdev/4) / 4
    const jumped = e.rto
    expect(jumped).toBeGreaterThan(steady + 100)
    e.sample(100)
    // A falling RTT moves mdev by only 1/32 of the error, and rttvar decays a quarter of the gap.
    expect(e.rto).toBeGreaterThan(steady)
    expect(e.rto).toBeLessThan(jumped)
  })

  it('backs off by doubling from there, capped at tcp_rto_max', () => {
    const e = estimator('linux')
    e.sample(20)
    e.backOff()
    e.backOff()
    expect(e.current()).toBe(880)
    for (let i = 0; i < 20; i++) e.backOff()
    expect(e.current()).toBe(120_000)
  })
})

describe('RFC 6298 RTO', () => {
  it('rounds the RTO itself up to the 1 s minimum (§2.4)', () => {
    const e = estimator('rfc')
    e.sample(20)
    expect(e.rto).toBe(1000)
  })

  it('with a 200 ms minimum the floor is on the RTO: a steady 20 ms path ends at exactly 200 ms', () => {
    const e = estimator('rfc', { minRtoMs: 200 })
    for (let i = 0; i < 50; i++) e.sample(20)
    expect(e.rto).toBe(200)
  })

  it('the first sample gives SRTT + 4 · RTT/2 = 3·RTT (§2.2)', () => {
    const e = estimator('rfc')
    e.sample(400)
    expect(e.rto).toBe(1200)
    expect(e.rttvar).toBe(200)
  })
})
