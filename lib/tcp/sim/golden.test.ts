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
  'linux-quick-close': '7aa46bc8507479f2 fd8c6fcb56754fbc 1e4e9ca13ba35900 65',
  'textbook-close': '739433614eac3014 e44b6d43c3148f23 12445d7d2e7c2cc7 63',
  'connection-refused': '969dc1664affea1f 2a7e3ace691ea219 494b4c12129e8ee3 12',
  'lost-last-ack': '16e6b40b53ce7c86 ec52fdb0bbd25a11 af08794a8b849c64 55',
  'syn-retries': 'bf679eb949021e24 23c9d318ca7bffa4 aa94775f6f0679f2 36',
  'simultaneous-open': 'a8418781d0dca9f3 3a51b04abeada668 b3dbc1fb59dd09f6 28',
  'simultaneous-close': 'db8d652c74707ad6 90aa5ef4bd384fe7 3ccb631e128170cc 49',
  'keepalive-dead-peer': 'c2eb1615938a7ba0 fa53ec36c48a2269 f396b276e0ea1420 66',
  'syn-flood-cookies': '83f9da2f97aa8f4f b9f6668766550d56 3bdfe0277b442d90 355',
  'syn-flood-no-cookies': 'cfbb01be3849f1b2 be6cdc84eee0c68b 229682a7146058c8 342',
  'two-way-handshake-ghost': '7184db606a45a439 6fb36860432596a7 95bea1ab7471ebd9 20',
  'old-duplicate-syn': 'b1d96590033138ea 5d92c51a3b3ac345 193a6a8c2b9105c3 15',
  'time-wait-zero': '7bd4526079bfd1d7 eb49f73fc8c281c1 7cc35dd187c971ba 54',
  'fast-open': '8bde6ac363977ab3 3307cedce5aa4133 a1a3705aa262c74b 99',
  'defer-accept': 'da84fdc61f7f78f7 90537c48dc0db682 92f83fe58e1f6553 48',
  'tail-loss-probe': '0568ed8be2ee368d 8b775cc4b60ccb0a 792ea087a75f4328 48',
  'fixed-isn-blind-spoof': 'e00b62ea2ae520a7 6a19d900e00d142c d6ccee350aa85553 24',
  'blind-spoof-refused': '025dba182e687320 df92735e304e807d fc7a39fdc74538be 28',
  'golden-bulk': '6e6056edac94461b 7ec801eca2e18def cfd56934be57f571 1311',
  'golden-flood': 'c5927467dc735bd7 7d17059677da0dda 20ab989a7c7d1314 15503',
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
