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
  'linux-quick-close': '9a5e6f09f55985c4 81a22ffe0bb22b7c b13cec0b9dca6dfe 65',
  'textbook-close': '9a2052b89c557e1b 83e04fbb7f948fd9 517140308bbf7503 63',
  'connection-refused': '1b12cf28a8c639b6 5468e28d5565a3ed 9e34261d7f23ecfb 12',
  'lost-last-ack': '8e61f0a2224b9594 b5a010ce049ab964 22e4eae9bba59db8 55',
  'syn-retries': 'df273c5037301bed 280e0cad3ac70593 587191ea93fb655f 36',
  'simultaneous-open': '1ab508da8177eb10 c292e38160af4534 8f054ce020d639db 28',
  'simultaneous-close': '2a749e3074e91ac8 062b877e6cf2a486 812a84c917f49f42 49',
  'keepalive-dead-peer': '1cd54420737d6005 fe69d7ebfd6aea7a 7ae0e9846e2bbe2d 66',
  'syn-flood-cookies': '9613c4934e45831d 2d54e40814c1f0e6 8f0747a4367ca970 355',
  'syn-flood-no-cookies': '39a01dcf45041d60 6cb04ae3b5f0a00e 5993781034bc6d03 342',
  'two-way-handshake-ghost': '7e966b32d664a821 5ff542ec63d6333e bc5730c5d531a666 20',
  'old-duplicate-syn': '5909402e7c3e69da bb10fce915d5a52a 64158eb035a9770d 15',
  'time-wait-zero': '051c8962eaeccdb9 c8aca6e3bd303cfa d5362850ce9842f7 54',
  'fast-open': '13d900253929e72f b79b472237280709 6f4fbc7505bf8a99 99',
  'defer-accept': '077d1eafde40bf56 e9429cc1883a40b8 37969a143cd2d54e 48',
  'tail-loss-probe': 'b7b4c716e23a1c8e 8f1b1c877ff6ab64 44d3a83ccae878be 48',
  'fixed-isn-blind-spoof': '242debcdb7241521 30c33ddc3ae09f21 16a7b06366ed1d50 24',
  'blind-spoof-refused': 'b8aa27c31a567234 fdbfaa2a1bc5f776 654c8312b377ce8c 28',
  'golden-bulk': '5b7c6e7a9e4b94e9 f971bfd9caa2bffe 56cd9e13a9f1f316 1311',
  'golden-flood': '3ad70eb1120d4688 fd0787fde4c53e88 72c9c7634b573d04 15503',
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
