import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { sqliteTestDatabase } from '@/prisma/test-database'
import { clientAddress } from './auth-limits'
import { PEER_ADDRESS_HEADER } from './http-edge'
import { checkAttempts, consumeAll, consumeAttempt, pruneRateLimits } from './rate-limit'

const store = sqliteTestDatabase('rate')
const rule = { bucket: 'test', limit: 3, windowMs: 60_000 }
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms)

describe('database rate limits (issue 17)', () => {
  it('allows the limit, then refuses with the seconds left in the window', async () => {
    for (let i = 0; i < 3; i++)
      expect(await consumeAttempt(store.db, rule, 'ada', at(10_000))).toEqual({ allowed: true })
    expect(await consumeAttempt(store.db, rule, 'ada', at(15_000))).toEqual({
      allowed: false,
      retryAfterSeconds: 45,
    })
    // Another subject and the next window start from zero.
    expect(await consumeAttempt(store.db, rule, 'grace', at(15_000))).toEqual({ allowed: true })
    expect(await consumeAttempt(store.db, rule, 'ada', at(60_000))).toEqual({ allowed: true })
  })

  it('checks without counting, and stores no subject in clear', async () => {
    const peek = { ...rule, bucket: 'peek' }
    expect(await checkAttempts(store.db, peek, 'ada', at(0))).toEqual({ allowed: true })
    for (let i = 0; i < 3; i++) await consumeAttempt(store.db, peek, 'ada', at(0))
    expect(await checkAttempts(store.db, peek, 'ada', at(0))).toEqual({
      allowed: false,
      retryAfterSeconds: 60,
    })
    const rows = await store.db.rateLimitHit.findMany({ where: { bucket: 'peek' } })
    expect(rows).toHaveLength(1)
    expect(rows[0].subject).not.toContain('ada')
  })

  it('counts every rule and refuses on the strictest', async () => {
    const wide = { bucket: 'wide', limit: 100, windowMs: 600_000 }
    const narrow = { bucket: 'narrow', limit: 1, windowMs: 60_000 }
    const checks = [
      { rule: wide, subject: 'address' },
      { rule: narrow, subject: 'account' },
    ]
    expect(await consumeAll(store.db, checks, at(0))).toEqual({ allowed: true })
    expect(await consumeAll(store.db, checks, at(1_000))).toEqual({ allowed: false, retryAfterSeconds: 59 })
    expect((await store.db.rateLimitHit.findMany({ where: { bucket: 'wide' } }))[0].count).toBe(2)
  })

  it('prunes windows that have ended', async () => {
    const pruned = await pruneRateLimits(store.db, at(10 * 60_000))
    expect(pruned).toBeGreaterThan(0)
    expect(await store.db.rateLimitHit.count({ where: { expiresAt: { lt: at(10 * 60_000) } } })).toBe(0)
  })

  it('holds across two processes sharing one database: exactly the limit is allowed', async () => {
    const run = promisify(execFile)
    const child = () =>
      run(
        'npx',
        ['tsx', path.join(__dirname, 'test-support', 'consume-attempts.ts'), store.url, '15', '20'],
        {
          env: { ...process.env },
        },
      ).then(({ stdout }) => Number(stdout))
    const [first, second] = await Promise.all([child(), child()])
    expect(first + second).toBe(20)
    const row = await store.db.rateLimitHit.findFirst({ where: { bucket: 'two-processes' } })
    expect(row?.count).toBe(30)
  }, 60_000)
})

describe('the client address for per-address limits', () => {
  it('is the socket peer stamped by the server, not a forgeable X-Forwarded-For', () => {
    const headers = new Headers({ [PEER_ADDRESS_HEADER]: '198.51.100.7', 'x-forwarded-for': '203.0.113.1' })
    expect(clientAddress(headers, 0)).toBe('198.51.100.7')
  })

  it('behind n trusted proxies, is the entry the nearest of them vouches for', () => {
    const headers = new Headers({
      [PEER_ADDRESS_HEADER]: '10.0.0.2',
      'x-forwarded-for': 'forged, 203.0.113.9, 10.0.0.1',
    })
    expect(clientAddress(headers, 1)).toBe('10.0.0.1')
    expect(clientAddress(headers, 2)).toBe('203.0.113.9')
  })
})
