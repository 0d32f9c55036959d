/** A segment's fate (delivered, dropped, discarded, in flight) as one phrase for the text views. */
import { format } from '@/lib/i18n/define'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { type EngineTextTranslator } from '@/lib/i18n/reasons'
import { formatTime } from './format'
import { type SegmentRecord } from './segments'

/** What happened to a segment, in the reader's language; `t` formats a time. */
export function fateText(
  r: SegmentRecord,
  m: SimMessages,
  tr: EngineTextTranslator,
  t: (ms: number) => string = formatTime,
): string {
  const f = r.fate
  if (f.kind === 'delivered') return format(m.fateDelivered, { host: f.host, t: t(f.at) })
  if (f.kind === 'dropped')
    return format(m.fateDropped, {
      by: tr.reason(f.why),
      t: t(f.at),
    })
  if (f.kind === 'discarded')
    return format(m.fateDiscarded, { host: f.host, t: t(f.at), why: tr.reason(f.why) })
  return m.fateInFlight
}
