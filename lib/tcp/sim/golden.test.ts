/**
 * Golden traces (issue #3): the performance work must not change a single byte of any reference
 * run. Each entry hashes the JSON trace, the final snapshot and a mid-run Replay snapshot; a
 * deliberate behaviour change updates the table (print it with GOLDEN_PRINT=1).
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { EXAMPLES, synRetries } from '../scenario/examples'
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

/**
 * tcp_syn_linear_timeouts = 0: the pre-6.5 schedule, SYNs at 0, 1, 3, 7, 15, 31, 63 s; its hash
 * is the one `syn-retries` had before the linear timeouts.
 */
const SYN_RETRIES_CLASSIC: ScenarioInput = {
  ...synRetries,
  name: 'syn-retries-classic',
  hosts: {
    ...synRetries.hosts,
    client: { ip: '10.0.0.1', profile: 'linux', params: { synLinearTimeouts: 0 } },
  },
  expect: [],
}

const GOLDEN: Record<string, string> = {
  'linux-quick-close': '1a80c0b4e9b138f1 0843311001299c73 0dd0cd0c18bbdb38 73',
  'textbook-close': '739433614eac3014 83e04fbb7f948fd9 517140308bbf7503 63',
  'connection-refused': '757608e9591a371b 5468e28d5565a3ed 9e34261d7f23ecfb 12',
  'lost-last-ack': '16e6b40b53ce7c86 b5a010ce049ab964 22e4eae9bba59db8 55',
  'syn-retries': '936671ead67af3a8 784e3e7e84224c85 2fa1adf3607071c2 52',
  'simultaneous-open': 'd73ef20529adb2a4 8c1a5b527184ec07 8f054ce020d639db 28',
  'simultaneous-close': 'e196e9f879bf206f 1c4bc644b0f10a3d 6cff7126e3e22973 53',
  'keepalive-dead-peer': '7662aa63f067fad8 2bafa1cbb95ba843 9f4d8b0246796396 66',
  'syn-flood-cookies': 'ade15df57dc57cfc 76a995947708153a 8f0747a4367ca970 355',
  'syn-flood-no-cookies': '4ca2848ef84a79b4 11cdff673cd41989 0a8e55fd4bd7c4d5 362',
  'two-way-handshake-ghost': 'd6da912e1c251479 69a0b60dc5f2fc42 801376b160657530 20',
  'old-duplicate-syn': 'ee5bc8231d2061ae bb10fce915d5a52a 64158eb035a9770d 15',
  'time-wait-zero': '7bd4526079bfd1d7 c8aca6e3bd303cfa d5362850ce9842f7 54',
  'fast-open': '0de9ed7ab49c3d2b dc59f4c8a509cc57 1a7f25f5eeee7e77 109',
  'defer-accept': '4cfcc820f4f5e242 73c1c57c79acfaab 695a91354851608d 52',
  'tail-loss-probe': '0568ed8be2ee368d 8f1b1c877ff6ab64 44d3a83ccae878be 48',
  'fixed-isn-blind-spoof': '6e0e7eec678970d6 43b3653750c64263 16a7b06366ed1d50 24',
  'blind-spoof-refused': '8d7464d58c30d008 fdbfaa2a1bc5f776 654c8312b377ce8c 28',
  'syn-retries-classic': 'fecfd0e172e01a33 280e0cad3ac70593 587191ea93fb655f 36',
  'golden-bulk': 'c6fed2a768441dcb 6ffd5ea1bde6f20b b757b368bcedf442 1520',
  'golden-flood': 'ff8cd54fb3ff358e 3f2566f8f91f9485 72c9c7634b573d04 15503',
}

const cases: ScenarioInput[] = [
  ...EXAMPLES,
  ...MORE_EXAMPLES,
  ...FEATURE_EXAMPLES,
  SYN_RETRIES_CLASSIC,
  BULK,
  FLOOD,
]

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
