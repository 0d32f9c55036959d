/**
 * Golden traces (issue #3): the performance work must not change a single byte of any reference
 * run. Each entry hashes the JSON trace, the final snapshot and a mid-run Replay snapshot; a
 * deliberate behaviour change updates the table (print it with GOLDEN_PRINT=1).
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { EXAMPLES } from '../scenario/examples'
import { FEATURE_EXAMPLES } from '../scenario/examples-features'
import { MORE_EXAMPLES } from '../scenario/examples-more'
import { type ScenarioInput } from '../scenario/schema'
import { Replay, runScenario } from './runner'

const bytesAsHex = (_k: string, v: unknown) =>
  v instanceof Uint8Array ? Buffer.from(v.buffer, v.byteOffset, v.length).toString('hex') : v
const hash = (x: unknown) =>
  createHash('sha256').update(JSON.stringify(x, bytesAsHex)).digest('hex').slice(0, 16)

const hosts = { client: { ip: '10.0.0.1' }, server: { ip: '10.0.0.2' } }
const BULK: ScenarioInput = {
  name: 'golden-bulk',
  hosts,
  network: { latencyMs: 10, jitterMs: 3, loss: 0.02 },
  apps: [
    {
      host: 'server',
      actions: [
        { do: 'listen', port: 80, at: 0 },
        { do: 'close', on: 'eof' },
      ],
    },
    {
      host: 'client',
      actions: [
        { do: 'connect', to: 'server', port: 80, at: 0 },
        { do: 'send', bytes: 300_000, on: 'connected' },
        { do: 'close', on: 'connected', after: 1 },
      ],
    },
  ],
}
const FLOOD: ScenarioInput = {
  name: 'golden-flood',
  hosts: { attacker: { ip: '10.0.0.66' }, server: { ip: '10.0.0.2' }, client: { ip: '10.0.0.1' } },
  apps: [
    { host: 'server', actions: [{ do: 'listen', port: 80, backlog: 128, at: 0 }] },
    { host: 'client', actions: [{ do: 'connect', to: 'server', port: 80, at: 2 }] },
  ],
  faults: [
    {
      kind: 'syn-flood',
      from: 'attacker',
      to: 'server',
      port: 80,
      at: 0,
      ratePerSec: 1_000_000,
      count: 3000,
    },
  ],
}

const GOLDEN: Record<string, string> = {
  'linux-quick-close': 'c6943a302889583c fd8c6fcb56754fbc 1e4e9ca13ba35900 65',
  'textbook-close': '739433614eac3014 e44b6d43c3148f23 12445d7d2e7c2cc7 63',
  'connection-refused': '757608e9591a371b 2a7e3ace691ea219 494b4c12129e8ee3 12',
  'lost-last-ack': '16e6b40b53ce7c86 ec52fdb0bbd25a11 af08794a8b849c64 55',
  'syn-retries': 'fecfd0e172e01a33 23c9d318ca7bffa4 aa94775f6f0679f2 36',
  'simultaneous-open': 'd73ef20529adb2a4 3a51b04abeada668 aa6b806e1b342d73 28',
  'simultaneous-close': '23952354b53b0ea9 90aa5ef4bd384fe7 6e1672c31ec5eb81 49',
  'keepalive-dead-peer': '7662aa63f067fad8 ef1abb726b6bc694 af87d73b545a0345 66',
  'syn-flood-cookies': '7787f9386f889494 86a496ff590d2484 3bdfe0277b442d90 355',
  'syn-flood-no-cookies': 'ad9aeff03fca2bb2 f6a1d234199c846b 229682a7146058c8 342',
  'two-way-handshake-ghost': 'd6da912e1c251479 6fb36860432596a7 95bea1ab7471ebd9 20',
  'old-duplicate-syn': 'ee5bc8231d2061ae 5d92c51a3b3ac345 193a6a8c2b9105c3 15',
  'time-wait-zero': '7bd4526079bfd1d7 eb49f73fc8c281c1 7cc35dd187c971ba 54',
  'fast-open': '562523d9f02e1445 3307cedce5aa4133 a1a3705aa262c74b 99',
  'defer-accept': '9986eae8fcfede8f 90537c48dc0db682 20cdde91dc65aed0 48',
  'tail-loss-probe': '0568ed8be2ee368d 8b775cc4b60ccb0a 792ea087a75f4328 48',
  'fixed-isn-blind-spoof': '6e0e7eec678970d6 6a19d900e00d142c d6ccee350aa85553 24',
  'blind-spoof-refused': '8d7464d58c30d008 df92735e304e807d fc7a39fdc74538be 28',
  'golden-bulk': '78a46884b3328a4c 7ec801eca2e18def cfd56934be57f571 1311',
  'golden-flood': '99fe6c2968adfe21 0cf9bd1979dc5391 20ab989a7c7d1314 15503',
}

const cases: ScenarioInput[] = [...EXAMPLES, ...MORE_EXAMPLES, ...FEATURE_EXAMPLES, BULK, FLOOD]

describe('golden traces', () => {
  const actual: Record<string, string> = {}
  for (const s of cases) {
    it(`${s.name} replays byte for byte`, () => {
      const r = runScenario(s)
      const mid = new Replay(s).at(Math.floor(r.trace.length / 2)).snapshot
      actual[s.name] = `${hash(r.trace)} ${hash(r.snapshot)} ${hash(mid)} ${r.trace.length}`
      if (process.env.GOLDEN_PRINT) console.log(`  '${s.name}': '${actual[s.name]}',`)
      else expect(actual[s.name]).toBe(GOLDEN[s.name])
    })
  }
})
