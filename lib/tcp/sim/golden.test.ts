/**
 * Golden traces (issue #3): the performance work must not change a single byte of any reference
 * run. Each entry hashes the JSON trace, the final snapshot and a mid-run Replay snapshot; a
 * deliberate behaviour change updates the table (print it with GOLDEN_PRINT=1). The runs are the
 * catalog's entries marked `golden` (lib/scenarios).
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { goldenScenarios } from '@/lib/scenarios'
import { Replay, runScenario } from './runner'

const bytesAsHex = (_k: string, v: unknown) =>
  v instanceof Uint8Array ? Buffer.from(v.buffer, v.byteOffset, v.length).toString('hex') : v
const hash = (x: unknown) =>
  createHash('sha256').update(JSON.stringify(x, bytesAsHex)).digest('hex').slice(0, 16)

const GOLDEN: Record<string, string> = {
  'keepalive-dead-peer': '1cd54420737d6005 2bafa1cbb95ba843 9f4d8b0246796396 66',
  'linux-quick-close': 'f988eea0def606da 257f3fed5b515a63 8e38565fe899f284 73',
  'linux-quick-ack-pingpong': 'b4f5dd6136cf3ecc 74d9b80fd29ea9fd a52850e54ec83d2f 93',
  'textbook-close': '9a2052b89c557e1b 83e04fbb7f948fd9 517140308bbf7503 63',
  'connection-refused': '1b12cf28a8c639b6 5468e28d5565a3ed 9e34261d7f23ecfb 12',
  'lost-last-ack': '8e61f0a2224b9594 b5a010ce049ab964 22e4eae9bba59db8 55',
  'syn-retries': '97953b9fa7c91a45 784e3e7e84224c85 2fa1adf3607071c2 52',
  'syn-retries-classic': 'df273c5037301bed 280e0cad3ac70593 587191ea93fb655f 36',
  'simultaneous-open-reference': '1ab508da8177eb10 8c1a5b527184ec07 8f054ce020d639db 28',
  'simultaneous-close-reference': '8fe26b47da5aa586 1c4bc644b0f10a3d 6cff7126e3e22973 53',
  'syn-flood-cookies-reference': '9613c4934e45831d 76a995947708153a 8f0747a4367ca970 355',
  'syn-flood-no-cookies-reference': 'e626ee8bf921fcea 11cdff673cd41989 0a8e55fd4bd7c4d5 362',
  'two-way-handshake-ghost': '7e966b32d664a821 69a0b60dc5f2fc42 801376b160657530 20',
  'old-duplicate-syn': '5909402e7c3e69da bb10fce915d5a52a 64158eb035a9770d 15',
  'time-wait-zero': '051c8962eaeccdb9 c8aca6e3bd303cfa d5362850ce9842f7 54',
  'fast-open': '9cc1b222799463cf 7e7d7f6e4711a7c2 5b7f42f2914348ec 107',
  'defer-accept': 'eea5a626d77ac032 62bb0d837d48e8f8 695a91354851608d 50',
  'tail-loss-probe': 'b7b4c716e23a1c8e 8f1b1c877ff6ab64 44d3a83ccae878be 48',
  'fixed-isn-blind-spoof': 'b41fea76400fdba3 41e58bd92a465c6b 16a7b06366ed1d50 22',
  'blind-spoof-refused': 'b8aa27c31a567234 fdbfaa2a1bc5f776 654c8312b377ce8c 28',
  'golden-bulk': '71d4a9c22c061ca1 ec49d420bd1ca184 1d97b1c7cc333be6 1504',
  'golden-flood': '3ad70eb1120d4688 3f2566f8f91f9485 72c9c7634b573d04 15503',
}

describe('golden traces', () => {
  const entries = goldenScenarios()
  for (const { id, scenario } of entries) {
    it(`${id} replays byte for byte`, () => {
      const r = runScenario(scenario)
      const mid = new Replay(scenario).at(Math.floor(r.trace.length / 2)).snapshot
      const actual = `${hash(r.trace)} ${hash(r.snapshot)} ${hash(mid)} ${r.trace.length}`
      if (process.env.GOLDEN_PRINT) console.log(`  '${id}': '${actual}',`)
      else expect(actual).toBe(GOLDEN[id])
    })
  }

  it('pins exactly the catalog entries marked golden', () => {
    expect(entries.map((e) => e.id).sort()).toEqual(Object.keys(GOLDEN).sort())
  })
})
