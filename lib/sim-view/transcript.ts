/**
 * The ladder as sentences, one per thing that happened, for screen readers and for copying into
 * notes. Uses the same relative numbers as the ladder and the packet list.
 */
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { engineText } from '@/lib/i18n/reasons'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { flagNames, type TraceEvent } from '@/lib/tcp'
import { analysisLabel, type Analysis } from './analysis'
import { fateText } from './fate'
import { formatTime } from './format'
import { type RelativeNumbers } from './relative'
import { type SegmentRecord } from './segments'

export interface TranscriptLine {
  readonly at: number
  readonly text: string
  readonly segmentId?: number
}

/** Lines in time order: segments sent (with their fate), state changes, timer expiries, host events. */
export function transcript(
  trace: readonly TraceEvent[],
  records: readonly SegmentRecord[],
  rel: ReadonlyMap<number, RelativeNumbers>,
  analysis: ReadonlyMap<number, Analysis>,
  m: SimMessages,
  locale: Locale,
): TranscriptLine[] {
  const tr = engineText(locale)
  const byId = new Map(records.map((r) => [r.id, r]))
  const lines: TranscriptLine[] = []
  for (const e of trace) {
    const t = formatTime(e.at)
    switch (e.type) {
      case 'segment-sent':
      case 'segment-duplicated': {
        const r = byId.get(e.type === 'segment-sent' ? e.segment.id : e.copyId)
        if (!r) break
        const n = rel.get(r.id)!
        const a = analysis.get(r.id)
        const extras = [r.segment.label, ...(a?.kinds.map((k) => analysisLabel(k, a.dupOf)) ?? [])].filter(
          Boolean,
        )
        lines.push({
          at: e.at,
          segmentId: r.id,
          text: format(m.lineSent, {
            t,
            from: r.from,
            to: r.to ?? m.unknownHost,
            flags: flagNames(r.segment.flags) || '—',
            seq: n.relSeq,
            ack: n.relAck === undefined ? '' : format(m.lineAck, { ack: n.relAck }),
            len: r.len,
            extra: extras.length ? ` ${extras.join(' ')}` : '',
            fate: fateText(r, m, tr),
          }),
        })
        break
      }
      case 'state':
        lines.push({
          at: e.at,
          text: format(m.lineState, {
            t,
            host: e.host,
            from: e.from,
            to: e.to,
            cause: tr.reason(e.cause),
          }),
        })
        break
      case 'timer-fired':
        lines.push({
          at: e.at,
          text: format(m.lineTimerFired, { t, host: e.host, timer: m[`timer_${e.timer}`] }),
        })
        break
      case 'host':
        lines.push({
          at: e.at,
          text: format(m.lineHost, { t, host: e.host, change: tr.hostChange(e.change) }),
        })
        break
      case 'note':
        lines.push({ at: e.at, text: format(m.lineNote, { t, text: tr.reason(e.note) }) })
        break
    }
  }
  return lines
}
