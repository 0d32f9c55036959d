// Issue 17: short hostile links froze tabs and crashed the server. Each one now opens as a clear
// problem, decided before anything recurses over the link's data or draws it.
import { describe, expect, it } from 'vitest'
import { linuxQuickClose } from '@/lib/scenarios/reference/basics'
import { SCENARIO_BUDGET, type ScenarioInput } from '@/lib/tcp'
import { toBase64Url } from './base64url'
import { decodeScenario, MAX_ISSUES, MAX_JSON_DEPTH, nestingDepth } from './codec'

/** A `?s=` link as a crafted one would be: deflated, so huge JSON still fits in a short link. */
async function link(json: string): Promise<string> {
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate'))
  const param = 'z' + toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))
  expect(param.length).toBeLessThan(7_000)
  return param
}
const base: ScenarioInput = linuxQuickClose
const issuesOf = async (scenario: unknown) => {
  const r = await decodeScenario(await link(JSON.stringify(scenario)))
  if (r.ok || r.reason !== 'invalid') throw new Error(`expected an invalid link, got ${JSON.stringify(r)}`)
  return r
}

describe('hostile playground links', () => {
  it('a 30 000-deep link is refused as too deep before it is parsed', async () => {
    const deep = '{"a":' + '['.repeat(30_000) + ']'.repeat(30_000) + '}'
    expect(await decodeScenario(await link(deep))).toEqual({ ok: false, reason: 'too-deep' })
    expect(nestingDepth('{"s":"[[[[[[[[[[[[[[[[[[[[[[[[[["}')).toBe(1)
    expect(nestingDepth('[[["\\"[["]]]')).toBe(3)
    expect(nestingDepth(JSON.stringify(base))).toBeLessThanOrEqual(MAX_JSON_DEPTH)
  })

  it('800 hosts: the problems are listed, capped, and the draft is not drawn', async () => {
    const spec = Object.values(base.hosts)[0]
    const hosts = Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`h${i}`, spec]))
    const r = await issuesOf({ ...base, hosts })
    expect(r.issues.some((i) => i.path === 'hosts' && i.message === 'at most 16 hosts')).toBe(true)
    expect(r.issues.length).toBeLessThanOrEqual(MAX_ISSUES)
    expect(r.draft).toBeNull()
  })

  it('800 malformed hosts: the host limit still leads the capped list', async () => {
    const hosts = Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`h${i}`, { ip: i }]))
    const r = await issuesOf({ ...base, hosts })
    expect(r.issues[0]).toEqual({ path: 'hosts', message: 'at most 16 hosts' })
    expect(r.issues).toHaveLength(MAX_ISSUES)
  })

  it('a flood of 10 M SYNs names the field and the limit', async () => {
    const flood = {
      kind: 'syn-flood',
      from: 'client',
      to: 'server',
      port: 80,
      at: 0,
      ratePerSec: 1e6,
      count: 1e7,
    }
    const r = await issuesOf({ ...base, faults: [flood] })
    expect(r.issues).toContainEqual({ path: 'faults.0.count', message: 'at most 100 000 SYNs' })
    expect(r.draft).not.toBeNull()
  })

  it('100 years of virtual time and a 2^53-byte send are refused with their limits', async () => {
    const until = await issuesOf({ ...base, until: 100 * 365 * 24 * 3600_000 })
    expect(until.issues).toContainEqual({ path: 'until', message: 'at most 604 800 000 ms (7 days)' })
    const app = { host: Object.keys(base.hosts)[0], actions: [{ do: 'send', bytes: 2 ** 53 }] }
    const send = await issuesOf({ ...base, apps: [app] })
    expect(send.issues).toContainEqual({
      path: 'apps.0.actions.0.bytes',
      message: 'at most 16 777 216 bytes (16 MiB)',
    })
  })

  it('450 apps are refused with the apps limit', async () => {
    const app = { host: Object.keys(base.hosts)[0], actions: [{ do: 'close' }] }
    const r = await issuesOf({ ...base, apps: Array.from({ length: 450 }, () => app) })
    expect(r.issues).toContainEqual({ path: 'apps', message: `at most ${SCENARIO_BUDGET.apps} apps` })
    expect(r.draft).toBeNull()
  })
})
