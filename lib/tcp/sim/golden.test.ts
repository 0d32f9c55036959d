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
  'keepalive-dead-peer': '7662aa63f067fad8 fe69d7ebfd6aea7a 7ae0e9846e2bbe2d 66',
  'linux-quick-close': 'c6943a302889583c 81a22ffe0bb22b7c b13cec0b9dca6dfe 65',
  'textbook-close': '739433614eac3014 83e04fbb7f948fd9 517140308bbf7503 63',
  'connection-refused': '757608e9591a371b 5468e28d5565a3ed 9e34261d7f23ecfb 12',
  'lost-last-ack': '16e6b40b53ce7c86 b5a010ce049ab964 22e4eae9bba59db8 55',
  'syn-retries': '936671ead67af3a8 784e3e7e84224c85 2fa1adf3607071c2 52',
  'syn-retries-classic': 'fecfd0e172e01a33 280e0cad3ac70593 587191ea93fb655f 36',
  'simultaneous-open-reference': 'd73ef20529adb2a4 c292e38160af4534 8f054ce020d639db 28',
  'simultaneous-close-reference': '23952354b53b0ea9 062b877e6cf2a486 812a84c917f49f42 49',
  'syn-flood-cookies-reference': 'ade15df57dc57cfc 2d54e40814c1f0e6 8f0747a4367ca970 355',
  'syn-flood-no-cookies-reference': '4ca2848ef84a79b4 f8dccdcabb770cf6 0a8e55fd4bd7c4d5 362',
  'two-way-handshake-ghost': 'd6da912e1c251479 5ff542ec63d6333e bc5730c5d531a666 20',
  'old-duplicate-syn': 'ee5bc8231d2061ae bb10fce915d5a52a 64158eb035a9770d 15',
  'time-wait-zero': '7bd4526079bfd1d7 c8aca6e3bd303cfa d5362850ce9842f7 54',
  'fast-open': '562523d9f02e1445 b79b472237280709 6f4fbc7505bf8a99 99',
  'defer-accept': '9986eae8fcfede8f e9429cc1883a40b8 37969a143cd2d54e 48',
  'tail-loss-probe': '0568ed8be2ee368d 8f1b1c877ff6ab64 44d3a83ccae878be 48',
  'fixed-isn-blind-spoof': '6e0e7eec678970d6 30c33ddc3ae09f21 16a7b06366ed1d50 24',
  'blind-spoof-refused': '8d7464d58c30d008 fdbfaa2a1bc5f776 654c8312b377ce8c 28',
  'golden-bulk': '78a46884b3328a4c f971bfd9caa2bffe 56cd9e13a9f1f316 1311',
  'golden-flood': 'ff8cd54fb3ff358e fd0787fde4c53e88 72c9c7634b573d04 15503',
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
