import { describe, expect, it } from 'vitest'
import { simMessages } from '@/lib/i18n/messages/sim'
import { getScenario } from '@/lib/scenarios'
import { detailRows } from './detail'
import { runForView } from './run'
import { transcript } from './transcript'

function model(id: string) {
  const run = runForView(getScenario(id)!.scenario)
  if (!run.ok) throw new Error(run.error)
  return run.model
}

describe('the text views put the engine’s explanations in the page’s language (#4)', () => {
  const tw = model('time-wait-final-ack-lost')
  const lines = (locale: 'en' | 'zh') =>
    transcript(tw.trace, tw.records, tw.rel, tw.analysis, simMessages[locale], locale).map((l) => l.text)

  it('the Chinese transcript has Chinese causes, notes and drop details', () => {
    const zh = lines('zh')
    expect(zh.some((l) => l.includes('（收到 FIN）'))).toBe(true)
    expect(
      zh.some((l) => l.includes('TIME-WAIT 状态收到重传的 FIN：再次回复 ACK，并重启 TIME-WAIT 定时器')),
    ).toBe(true)
    expect(zh.some((l) => l.includes('被丢弃（故障注入：丢弃第 1 个匹配的报文段）'))).toBe(true)
    expect(zh.join('\n')).not.toMatch(/FIN received|re-ACK|matching segment/)
  })

  it('the English transcript keeps the engine’s words', () => {
    const en = lines('en')
    expect(en.some((l) => l.includes('(FIN received)'))).toBe(true)
    expect(en.some((l) => l.includes('dropped (drop #1 matching segment)'))).toBe(true)
  })

  it('the Chinese detail pane gives the drop and the send reason in Chinese', () => {
    const dropped = tw.records.find((r) => r.fate.kind === 'dropped')!
    const retx = tw.records.find((r) => r.reason === 'retransmission')!
    const rows = (r: typeof dropped) =>
      detailRows(r, tw.rel.get(r.id)!, tw.analysis.get(r.id)!, simMessages.zh, 'zh').map((x) => x.value)
    expect(rows(dropped).some((v) => v.includes('故障注入：丢弃第 1 个匹配的报文段'))).toBe(true)
    expect(rows(retx)).toContain('引擎发送它的原因：重传')
  })

  it('a discarded segment’s reason is Chinese too', () => {
    const flood = model('syn-flood-no-cookies')
    const discarded = flood.records.find((r) => r.fate.kind === 'discarded')!
    const rows = detailRows(
      discarded,
      flood.rel.get(discarded.id)!,
      flood.analysis.get(discarded.id)!,
      simMessages.zh,
      'zh',
    )
    expect(rows.map((r) => r.value).join('\n')).toContain('半连接队列已满且未开启 SYN cookie：SYN 被静默丢弃')
  })
})
