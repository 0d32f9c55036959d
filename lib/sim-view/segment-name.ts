/**
 * What a ladder arrow is called when it takes keyboard focus: its flags and numbers as drawn, who
 * sent it to whom, and what became of it by the playback cursor ("SYN seq=0, client to server,
 * dropped"). Built from the ladder layout and the segment records, both read from the trace.
 */
import { format } from '@/lib/i18n/define'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { type LadderArrow } from './ladder-layout'
import { type SegmentRecord } from './segments'

/** The fate word for an arrow at time `t`: in flight until it ends, then its recorded fate. */
function fateWord(arrow: LadderArrow, t: number, m: SimMessages): string {
  if (arrow.endAt === undefined || t < arrow.endAt) return m.segInFlight
  switch (arrow.fate) {
    case 'delivered':
      return m.segDelivered
    case 'dropped':
      return m.segDropped
    case 'discarded':
      return m.segDiscarded
    case 'in-flight':
      return m.segInFlight
  }
}

/** The accessible name of `arrow` at playback time `t`. */
export function segmentName(
  arrow: LadderArrow,
  record: Pick<SegmentRecord, 'from' | 'to'> | undefined,
  t: number,
  m: SimMessages,
): string {
  return format(m.segmentName, {
    label: [arrow.tags, arrow.label, arrow.numbers].filter(Boolean).join(' '),
    from: record?.from ?? m.unknownHost,
    to: record?.to ?? m.unknownHost,
    fate: fateWord(arrow, t, m),
  })
}
