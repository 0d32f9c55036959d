import { describe, expect, it } from 'vitest'
import { listScenarios } from '@/lib/scenarios'
import { BASICS, linuxQuickClose } from '@/lib/scenarios/reference/basics'
import { type ScenarioInput, VARIANTS } from '@/lib/tcp'
import { fromBase64Url, toBase64Url } from './base64url'
import { decodeScenario, encodeScenario, MAX_JSON_BYTES, MAX_LINK_CHARS } from './codec'
import { blankScenario } from './draft'
import { EXPECTATION_KINDS, expectationTemplate, FAULT_KINDS, faultTemplate, linkTemplate } from './templates'

const scenario: ScenarioInput = linuxQuickClose

async function param(s: ScenarioInput, compress = true): Promise<string> {
  const r = await encodeScenario(s, { compress })
  if (!r.ok) throw new Error('expected the scenario to fit in a link')
  return r.param
}

const plainParam = (json: string) => 'j' + toBase64Url(new TextEncoder().encode(json))

describe('base64url', () => {
  it('round-trips every length of bytes, including all 256 values', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    for (let n = 0; n <= 10; n++) expect(fromBase64Url(toBase64Url(all.slice(0, n)))).toEqual(all.slice(0, n))
    expect(fromBase64Url(toBase64Url(all))).toEqual(all)
  })

  it('uses only URL-safe characters and no padding', () => {
    expect(toBase64Url(Uint8Array.from([0xfb, 0xff, 0xfe]))).toBe('-__-')
    expect(toBase64Url(Uint8Array.from([1]))).toBe('AQ')
  })

  it('rejects characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeUndefined()
    expect(fromBase64Url('abcde')).toBeUndefined()
  })
})

describe('scenario links', () => {
  it('a compressed link decodes to exactly the scenario that was encoded', async () => {
    const p = await param(scenario)
    expect(p[0]).toBe('z')
    expect(await decodeScenario(p)).toEqual({ ok: true, scenario: JSON.parse(JSON.stringify(scenario)) })
  })

  it('a plain link (no CompressionStream) decodes to the same scenario', async () => {
    const p = await param(scenario, false)
    expect(p[0]).toBe('j')
    expect(await decodeScenario(p)).toEqual({ ok: true, scenario: JSON.parse(JSON.stringify(scenario)) })
  })

  it('every reference scenario survives the round trip', async () => {
    for (const { scenario: s } of BASICS) {
      const r = await decodeScenario(await param(s))
      expect(r.ok && JSON.stringify(r.scenario)).toBe(JSON.stringify(s))
    }
  })

  it('every library scenario survives the round trip, compressed and plain', async () => {
    for (const { id, scenario: s } of listScenarios()) {
      for (const compress of [true, false]) {
        const r = await decodeScenario(await param(s, compress))
        expect(r.ok && JSON.stringify(r.scenario), `${id} compress=${compress}`).toBe(JSON.stringify(s))
      }
    }
  })

  it('every field the form can fill survives the round trip: links, each fault kind, each expectation kind, variants', async () => {
    const hosts = ['client', 'server']
    const everything: ScenarioInput = {
      ...blankScenario(),
      title: 'Everything the form fills',
      description: 'Links, faults of every kind, expectations of every kind, variants.',
      variants: [...VARIANTS],
      network: {
        latencyMs: 10,
        links: [{ ...(linkTemplate(hosts) as { from: string; to: string }), jitterMs: 3, loss: 0.25 }],
      },
      faults: FAULT_KINDS.map((k) => faultTemplate(k, hosts)) as ScenarioInput['faults'],
      expect: EXPECTATION_KINDS.map((k) => expectationTemplate(k, hosts)) as ScenarioInput['expect'],
    }
    const r = await decodeScenario(await param(everything))
    expect(r).toEqual({ ok: true, scenario: JSON.parse(JSON.stringify(everything)) })
  })

  it('encoding is deterministic and compression makes the link shorter', async () => {
    expect(await param(scenario)).toBe(await param(structuredClone(scenario)))
    expect((await param(scenario)).length).toBeLessThan((await param(scenario, false)).length)
  })

  it('a link with one character changed is reported, not thrown', async () => {
    const p = await param(scenario)
    const middle = Math.floor(p.length / 2)
    const tampered = p.slice(0, middle) + (p[middle] === 'A' ? 'B' : 'A') + p.slice(middle + 1)
    const r = await decodeScenario(tampered)
    expect(r.ok).toBe(false)
  })

  it('garbage, an unknown format letter and a truncated link are "not a valid link"', async () => {
    const p = await param(scenario)
    for (const bad of ['', 'z', 'hello world', 'q' + p.slice(1), p.slice(0, p.length - 7), 'z!!!!']) {
      expect(await decodeScenario(bad), bad).toEqual({ ok: false, reason: 'not-a-link' })
    }
  })

  it('JSON that is not an object is "not a valid link"', async () => {
    expect(await decodeScenario(plainParam('[1,2]'))).toEqual({ ok: false, reason: 'not-a-link' })
    expect(await decodeScenario(plainParam('{"name":'))).toEqual({ ok: false, reason: 'not-a-link' })
  })

  it('a readable scenario with a wrong field names that field', async () => {
    const broken = { ...scenario, hosts: { ...scenario.hosts, server: { ip: '10.0.0.999' } } }
    const r = await decodeScenario(plainParam(JSON.stringify(broken)))
    expect(r.ok).toBe(false)
    if (r.ok || r.reason !== 'invalid') throw new Error('expected field issues')
    expect(r.issues.map((i) => i.path)).toContain('hosts.server.ip')
    expect(r.draft).toEqual(broken)
  })

  it('an over-long link is rejected before any decoding', async () => {
    expect(await decodeScenario('z' + 'A'.repeat(MAX_LINK_CHARS))).toEqual({ ok: false, reason: 'too-long' })
  })

  it('a scenario too big to share is refused with a reason when encoding', async () => {
    // Pseudo-random labels barely compress, so 2 000 of them cannot fit in MAX_LINK_CHARS.
    let x = 12345
    const labels = Array.from({ length: 2000 }, () => (x = (x * 1103515245 + 12345) % 2 ** 31).toString(36))
    const huge: ScenarioInput = {
      ...scenario,
      apps: [{ host: 'client', actions: labels.map((label) => ({ at: 1, do: 'send', bytes: 1, label })) }],
    }
    expect(await encodeScenario(huge)).toEqual({ ok: false, reason: 'too-long' })
  })

  it('a small link that would inflate past the size limit is rejected as too long', async () => {
    const bomb = JSON.stringify({ name: 'x'.repeat(MAX_JSON_BYTES * 2) })
    const stream = new Blob([bomb]).stream().pipeThrough(new CompressionStream('deflate'))
    const p = 'z' + toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))
    expect(p.length).toBeLessThan(MAX_LINK_CHARS)
    expect(await decodeScenario(p)).toEqual({ ok: false, reason: 'too-long' })
  })
})
