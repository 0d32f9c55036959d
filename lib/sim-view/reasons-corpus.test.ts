import { beforeAll, describe, expect, it } from 'vitest'
import { simMessages } from '@/lib/i18n/messages/sim'
import { ENGINE_WORDS, wordReason } from '@/lib/i18n/reasons'
import { getScenario, listScenarios } from '@/lib/scenarios'
import { runScenario } from '@/lib/tcp'
import { runForView } from './run'
import { reasonCorpus, traceReasons, type CorpusReason } from './testing/engine-corpus'
import { transcript } from './transcript'

const CJK = /[\u4e00-\u9fff]/
const numbers = (s: string): string[] => [...s.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0])

describe('every reason the engine writes reads in both languages (issue #15)', () => {
  let corpus: CorpusReason[]
  beforeAll(() => {
    corpus = [...reasonCorpus().values()]
  }, 120_000)

  it('the corpus covers the engine’s vocabulary: every trace field and most codes', () => {
    for (const field of ['cause', 'why', 'drop', 'note', 'args'] as const)
      expect(
        corpus.some((c) => c.field === field),
        field,
      ).toBe(true)
    expect(new Set(corpus.map((c) => c.reason.code)).size).toBeGreaterThanOrEqual(80)
  })

  it('each Chinese rendering has Chinese characters and every number of the English', () => {
    const bad: string[] = []
    for (const { reason, source } of corpus) {
      const en = wordReason(ENGINE_WORDS.en, reason)
      const zh = wordReason(ENGINE_WORDS.zh, reason)
      if (!CJK.test(zh)) bad.push(`not Chinese: ${en} → ${zh} (from ${source})`)
      const kept = numbers(zh)
      if (!numbers(en).every((n) => kept.includes(n)))
        bad.push(`numbers lost: ${en} → ${zh} (from ${source})`)
    }
    expect(bad).toEqual([])
  })
})

/**
 * Three lowercase English words in a row: a sentence the zh page did not translate. Names (Fast
 * Open, SYN, TIME-WAIT) are capitalised; Wireshark's analysis labels ([TCP Dup ACK 3#1]) stay
 * English on purpose, as do the scenario's own labels and the kernel log line the SYN-flood note
 * quotes.
 */
const ENGLISH_RUN = /\b[a-z]{2,}(?: [a-z]{2,}){2,}\b/

describe('the Chinese transcript of every library scenario', () => {
  it('has no English sentence: the engine’s reasons come from the zh dictionary', () => {
    const bad: string[] = []
    for (const { id } of listScenarios()) {
      const run = runForView(getScenario(id)!.scenario)
      if (!run.ok) throw new Error(`${id}: ${run.error}`)
      const { trace, records, rel, analysis } = run.model
      const labels = records.map((r) => r.segment.label).filter((l): l is string => l !== undefined)
      for (const line of transcript(trace, records, rel, analysis, simMessages.zh, 'zh')) {
        let text = line.text.replace(/“[^”]*”/g, '').replace(/\[[^\]]*\]/g, '')
        for (const label of labels) text = text.replaceAll(label, '')
        if (ENGLISH_RUN.test(text)) bad.push(`${id}: ${line.text}`)
      }
    }
    expect(bad).toEqual([])
  }, 60_000) // ~40 runs and transcripts: ~3 s idle, more on a busy machine
})

describe('traceReasons', () => {
  it('reads every coded field of a trace', () => {
    const { trace } = runScenario(getScenario('time-wait-final-ack-lost')!.scenario)
    const reasons = traceReasons(trace)
    expect([...new Set(reasons.map((r) => r.field))].sort()).toEqual(['args', 'cause', 'drop', 'note'])
    expect(reasons).toContainEqual({ field: 'note', reason: { code: 'time-wait-fin-retransmitted' } })
  })
})
