import { beforeAll, describe, expect, it } from 'vitest'
import { runScenario } from '@/lib/tcp'
import { getScenario } from '@/lib/scenarios'
import { engineText, engineTexts, zhEngineText, type EngineText } from './engine-text'
import { engineCorpus } from './testing/engine-corpus'

const CJK = /[\u4e00-\u9fff]/
const numbers = (s: string): string[] => [...s.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0])

describe('every engine string has Chinese (issue #4)', () => {
  let corpus: Map<string, { text: EngineText; source: string }>
  beforeAll(() => {
    corpus = engineCorpus()
  }, 120_000)

  it('the library, under each profile and with each knob at its extremes, and the engine examples', () => {
    // Sanity: the corpus really covers the engine's vocabulary, not an empty run.
    expect(corpus.size).toBeGreaterThan(100)
    for (const kind of ['cause', 'why', 'drop', 'note', 'call'] as const)
      expect(
        [...corpus.values()].some((v) => v.text.kind === kind),
        kind,
      ).toBe(true)
    const missing = [...corpus.values()]
      .filter((v) => zhEngineText(v.text.kind, v.text.text) === undefined)
      .map((v) => `${v.text.kind}: "${v.text.text}" (from ${v.source})`)
    expect(missing, 'add a rule to lib/sim-view/engine-text-zh.ts').toEqual([])
  })

  it('each translation is Chinese, fills every placeholder and keeps every number of the English', () => {
    const bad: string[] = []
    for (const { text } of corpus.values()) {
      const zh = zhEngineText(text.kind, text.text) ?? ''
      // Application labels (the scenario's own words, e.g. "ClientHello") stay as written.
      if (!CJK.test(zh)) bad.push(`not Chinese: ${text.text} → ${zh}`)
      if (/\{\*?[a-zA-Z]\w*\}/.test(zh)) bad.push(`unfilled placeholder: ${text.text} → ${zh}`)
      const en = numbers(text.text)
      const got = numbers(zh)
      if (!en.every((n) => got.includes(n))) bad.push(`numbers lost: ${text.text} → ${zh}`)
    }
    expect(bad).toEqual([])
  })
})

describe('engine text rules', () => {
  const zh = engineText('zh')

  it('leaves English as the engine wrote it', () => {
    const en = engineText('en')
    expect(en.text('cause', 'FIN received')).toBe('FIN received')
    expect(en.dropBy('fault')).toBe('fault')
    expect(en.sendReason('retransmission')).toBe('retransmission')
  })

  it('prefers the specific rule over the shorter one it starts with', () => {
    expect(zh.text('cause', 'RST in ESTABLISHED: connection reset')).toBe(
      '在 ESTABLISHED 状态收到 RST：连接被重置',
    )
    expect(zh.text('cause', 'RST in LAST-ACK')).toBe('在 LAST-ACK 状态收到 RST')
    expect(zh.text('why', 'SYN in TIME-WAIT: challenge ACK rate-limited (RFC 5961 §7)')).toBe(
      '在 TIME-WAIT 状态收到 SYN：挑战 ACK 被限速（RFC 5961 §7）',
    )
  })

  it('translates the options a listen or connect call lists, in order', () => {
    expect(zh.text('call', 'port 80, backlog 1, never accepts, TCP_DEFER_ACCEPT 5000 ms')).toBe(
      '端口 80，backlog 1，应用从不调用 accept()，TCP_DEFER_ACCEPT 5000 毫秒',
    )
    expect(zh.text('call', '10.0.0.2:80 from port 40000, TCP_FASTOPEN_CONNECT')).toBe(
      '10.0.0.2:80，本地端口 40000，开启 TCP_FASTOPEN_CONNECT',
    )
  })

  it('keeps an application label whole, commas and brackets included', () => {
    expect(zh.text('call', '517 bytes (ClientHello, ChangeCipherSpec, HTTP request (early data))')).toBe(
      '517 字节（ClientHello, ChangeCipherSpec, HTTP request (early data)）',
    )
  })

  it('shows an unknown string as the engine wrote it', () => {
    expect(zhEngineText('note', 'a brand-new engine remark')).toBeUndefined()
    expect(zh.text('note', 'a brand-new engine remark')).toBe('a brand-new engine remark')
  })

  it('reads every kind of engine string from a trace', () => {
    const { trace } = runScenario(getScenario('time-wait-final-ack-lost')!.scenario)
    const kinds = new Set(engineTexts(trace).map((t) => t.kind))
    expect([...kinds].sort()).toEqual(['call', 'cause', 'drop', 'note'])
    expect(engineTexts(trace)).toContainEqual({
      kind: 'note',
      text: 'retransmitted FIN in TIME-WAIT: re-ACK and restart the TIME-WAIT timer',
    })
  })
})
