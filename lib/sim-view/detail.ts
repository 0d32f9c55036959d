/**
 * The header fields of one segment, laid out like Wireshark's packet-details pane: wire fields
 * under their Wireshark names (untranslated, as Wireshark users read them), then the sequence
 * analysis, then what only the simulation knows (who sent it, what happened to it).
 */
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { engineText } from '@/lib/i18n/reasons'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { optionsLength } from '@/lib/pcap/tcp-options'
import { ACK, flagNames, hasFlag } from '@/lib/tcp'
import { analysisLabel, type Analysis } from './analysis'
import { formatTime } from './format'
import { type RelativeNumbers } from './relative'
import { type SegmentRecord } from './segments'
import { fateText } from './fate'

export interface DetailRow {
  readonly group: 'tcp' | 'analysis' | 'simulation'
  readonly field: string
  readonly value: string
}

const hex3 = (n: number) => `0x${n.toString(16).padStart(3, '0')}`

/** The detail rows for one record. */
export function detailRows(
  r: SegmentRecord,
  n: RelativeNumbers,
  a: Analysis,
  m: SimMessages,
  locale: Locale,
  t0 = 0,
): DetailRow[] {
  const tr = engineText(locale)
  const s = r.segment
  const headerBytes = 20 + optionsLength(s.options)
  const o = s.options
  const rows: DetailRow[] = [
    { group: 'tcp', field: 'Source Port', value: String(s.src.port) },
    { group: 'tcp', field: 'Destination Port', value: String(s.dst.port) },
    { group: 'tcp', field: '[Stream index]', value: String(n.stream) },
    { group: 'tcp', field: '[TCP Segment Len]', value: String(r.len) },
    { group: 'tcp', field: 'Sequence Number', value: `${n.relSeq}    (relative sequence number)` },
    { group: 'tcp', field: 'Sequence Number (raw)', value: String(s.seq) },
    { group: 'tcp', field: '[Next Sequence Number]', value: `${n.relNextSeq}    (relative sequence number)` },
    {
      group: 'tcp',
      field: 'Acknowledgment Number',
      value: hasFlag(s.flags, ACK) ? `${n.relAck}    (relative ack number)` : '0',
    },
    { group: 'tcp', field: 'Acknowledgment number (raw)', value: String(hasFlag(s.flags, ACK) ? s.ack : 0) },
    { group: 'tcp', field: 'Header Length', value: `${headerBytes} bytes (${headerBytes / 4})` },
    { group: 'tcp', field: 'Flags', value: `${hex3(s.flags)} (${flagNames(s.flags)})` },
    { group: 'tcp', field: 'Window', value: String(s.window) },
    { group: 'tcp', field: '[Calculated window size]', value: String(n.windowBytes) },
  ]
  if (o.mss !== undefined) rows.push({ group: 'tcp', field: 'Maximum segment size', value: `${o.mss} bytes` })
  if (o.sackPermitted) rows.push({ group: 'tcp', field: 'SACK permitted', value: 'yes' })
  if (o.timestamps) {
    rows.push({
      group: 'tcp',
      field: 'Timestamps',
      value: `TSval ${o.timestamps.value}, TSecr ${o.timestamps.echo}`,
    })
  }
  if (o.windowScale !== undefined) {
    rows.push({
      group: 'tcp',
      field: 'Window scale',
      value: `${o.windowScale} (multiply by ${2 ** o.windowScale})`,
    })
  }
  if (o.fastOpen) {
    rows.push({
      group: 'tcp',
      field: 'TCP Fast Open',
      value: o.fastOpen.cookie ? `Cookie ${o.fastOpen.cookie}` : 'Cookie Request',
    })
  }
  if (r.len > 0)
    rows.push({
      group: 'tcp',
      field: 'TCP payload',
      value: `${r.len} bytes${s.label ? ` (${s.label})` : ''}`,
    })

  for (const kind of a.kinds)
    rows.push({ group: 'analysis', field: '[SEQ/ACK analysis]', value: analysisLabel(kind, a.dupOf) })

  const t = (ms: number) => formatTime(ms - t0)
  rows.push({ group: 'simulation', field: '', value: format(m.sentBy, { host: r.from, t: t(r.sentAt) }) })
  rows.push({ group: 'simulation', field: '', value: fateText(r, m, tr, t) })
  if (r.reason)
    rows.push({
      group: 'simulation',
      field: '',
      value: format(m.engineReason, { reason: tr.sendReason(r.reason) }),
    })
  if (r.duplicateOf !== undefined)
    rows.push({ group: 'simulation', field: '', value: format(m.duplicateOf, { id: r.duplicateOf }) })
  return rows
}
