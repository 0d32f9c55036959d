/**
 * A readable text ladder of a trace: one line per segment (time, direction, flags, relative
 * seq/ack, length, label, what became of it); state changes, timers, application calls and notes
 * on their own indented lines; after every instant at which a segment left or a state changed, a
 * line with each host's state. Pure: trace in, lines out.
 */
import { type Locale } from '@/lib/i18n/locales'
import { engineText, type EngineTextTranslator } from '@/lib/i18n/reasons'
import { flagNames, type TcpState, type TraceEvent } from '@/lib/tcp'
import { seconds } from '@/lib/sim-view/format'
import { relativeNumbers, type RelativeNumbers } from '@/lib/sim-view/relative'

export interface LadderOptions {
  /** Host ids in column order (left to right); default: order of first appearance. */
  readonly hosts?: readonly string[]
  /** Which host owns which IP, to name the receiver of a segment that was lost. */
  readonly ipOwners?: ReadonlyMap<string, string>
  /** Also show cancelled timers and listen-queue lengths (noisy in floods). */
  readonly verbose?: boolean
  /** The language of the engine's sentences (reasons, send reasons, host changes); default en. */
  readonly locale?: Locale
}

type Sent = Extract<TraceEvent, { type: 'segment-sent' }>

/** Virtual time as seconds with millisecond precision, right-aligned. */
export const formatTime = (at: number): string => `${seconds(at)}s`.padStart(10)

/** Each host's connections and their current states, for the state line. */
class States {
  private readonly byHost = new Map<string, Map<string, TcpState>>()

  set(host: string, conn: string, state: TcpState): void {
    let conns = this.byHost.get(host)
    if (!conns) this.byHost.set(host, (conns = new Map()))
    conns.set(conn, state)
  }

  /** "client ESTABLISHED · server SYN-RECEIVED (+3 more)": the latest open connection per host. */
  line(hosts: readonly string[]): string {
    return hosts
      .flatMap((h) => {
        const all = [...(this.byHost.get(h)?.values() ?? [])]
        if (all.length === 0) return []
        const open = all.filter((s) => s !== 'CLOSED')
        const more = open.length > 1 ? ` (+${open.length - 1} more)` : ''
        return [`${h} ${open.length === 0 ? 'CLOSED' : open[open.length - 1]}${more}`]
      })
      .join(' · ')
  }
}

/** The ladder of `trace`, as lines without trailing newlines. */
export function formatLadder(trace: readonly TraceEvent[], opts: LadderOptions = {}): string[] {
  const hosts = opts.hosts ? [...opts.hosts] : hostOrder(trace)
  const width = hosts.reduce((most, h) => Math.max(most, h.length), 6)
  // The pages' dictionaries (lib/i18n/reasons): the ladder's own labels stay English.
  const words = engineText(opts.locale ?? 'en')
  const fates = segmentFates(trace, words)
  const receivers = segmentReceivers(trace)
  // Relative numbers as the views compute them, except that segments of no connection keep their
  // raw numbers (marked #): numbered from a connection's ISN they would seem to belong to it.
  const rel = relativeNumbers(
    trace.filter((e): e is Sent => e.type === 'segment-sent'),
    { connectionless: 'raw' },
  )
  const states = new States()
  const lines: string[] = []
  let changed = false

  const at = (e: TraceEvent, host: string | undefined): string =>
    `${formatTime(e.at)} ${(host ?? '').padEnd(width)}   `

  trace.forEach((e, i) => {
    switch (e.type) {
      case 'segment-sent':
        lines.push(
          segmentLine(
            e,
            rel.get(e.segment.id)!,
            hosts,
            width,
            receivers.get(e.segment.id),
            opts.ipOwners,
            fates.get(e.segment.id),
            words,
          ),
        )
        changed = true
        break
      case 'state':
        states.set(e.host, e.conn, e.to)
        lines.push(`${at(e, e.host)}${e.from} → ${e.to}  (${words.reason(e.cause)})`)
        changed = true
        break
      case 'timer-set': {
        const attempt = e.attempt !== undefined && e.attempt > 1 ? `, attempt ${e.attempt}` : ''
        lines.push(`${at(e, e.host)}⏱ ${e.timer} timer set for ${formatTime(e.deadline).trim()}${attempt}`)
        break
      }
      case 'timer-fired':
        lines.push(`${at(e, e.host)}⏰ ${e.timer} timer fires`)
        break
      case 'timer-cancelled':
        if (opts.verbose) lines.push(`${at(e, e.host)}⏱ ${e.timer} timer cancelled`)
        break
      case 'segment-discarded':
        lines.push(`${at(e, e.host)}⊘ discards #${e.segmentId}: ${words.reason(e.why)}`)
        break
      case 'queue':
        if (opts.verbose)
          lines.push(
            `${at(e, e.host)}port ${e.port}: SYN queue ${e.synQueue}, accept queue ${e.acceptQueue}, backlog ${e.backlog}`,
          )
        break
      case 'app-call':
        lines.push(`${at(e, e.host)}app: ${e.call}(${e.args ? words.reason(e.args) : ''})`)
        break
      case 'app-result': {
        const bytes = e.bytes !== undefined ? ` ${e.bytes} B` : ''
        lines.push(`${at(e, e.host)}app ← ${e.result}${bytes}${e.error ? ` ${e.error}` : ''}`)
        break
      }
      case 'host':
        lines.push(`${at(e, e.host)}⚡ host ${words.hostChange(e.change)}`)
        break
      case 'note':
        lines.push(`${at(e, e.host)}ℹ ${words.reason(e.note)}`)
        break
      case 'segment-delivered':
      case 'segment-dropped':
      case 'segment-duplicated':
        break
    }
    const next = trace[i + 1]
    if (changed && (next === undefined || next.at !== e.at)) {
      lines.push(`${' '.repeat(11)}${''.padEnd(width)}   [${states.line(hosts)}]`)
      changed = false
    }
  })
  return lines
}

function hostOrder(trace: readonly TraceEvent[]): string[] {
  const seen: string[] = []
  for (const e of trace) if ('host' in e && e.host !== undefined && !seen.includes(e.host)) seen.push(e.host)
  return seen
}

/** Which host each segment was delivered to (a lost segment has none). */
function segmentReceivers(trace: readonly TraceEvent[]): Map<number, string> {
  const to = new Map<number, string>()
  for (const e of trace) if (e.type === 'segment-delivered') to.set(e.segmentId, e.host)
  return to
}

/** What the network did with each segment: dropped (and by what) or duplicated. */
function segmentFates(trace: readonly TraceEvent[], words: EngineTextTranslator): Map<number, string> {
  const fate = new Map<number, string>()
  for (const e of trace) {
    if (e.type === 'segment-dropped') fate.set(e.segmentId, `✗ lost (${e.by}: ${words.reason(e.why)})`)
    else if (e.type === 'segment-duplicated') fate.set(e.segmentId, `duplicated as #${e.copyId}`)
  }
  return fate
}

/** "client ──SYN──▶ server" or "client ◀──SYN, ACK── server", with the hosts in column order. */
function arrow(from: string, to: string, flags: string, hosts: readonly string[]): string {
  const rightward = hosts.indexOf(from) <= hosts.indexOf(to) || !hosts.includes(to)
  return rightward ? `${from} ──${flags}──▶ ${to}` : `${to} ◀──${flags}── ${from}`
}

/** A relative number, or a raw one marked `#`. */
const shown = (n: number, raw: true | undefined): string => (raw ? `#${n}` : `${n}`)

function segmentLine(
  e: Sent,
  rel: RelativeNumbers,
  hosts: readonly string[],
  width: number,
  receiver: string | undefined,
  owners: ReadonlyMap<string, string> | undefined,
  fate: string | undefined,
  words: EngineTextTranslator,
): string {
  const s = e.segment
  const to = receiver ?? owners?.get(s.dst.ip) ?? s.dst.ip
  return [
    `${formatTime(e.at)} ${arrow(e.host, to, flagNames(s.flags), hosts).padEnd(width * 2 + 20)}`,
    `seq=${shown(rel.relSeq, rel.seqRaw)} ack=${rel.relAck === undefined ? '-' : shown(rel.relAck, rel.ackRaw)} len=${s.payload.length}`,
    s.label ? `"${s.label}"` : '',
    e.reason ? `[${words.sendReason(e.reason)}]` : '',
    fate ?? '',
  ]
    .filter(Boolean)
    .join('  ')
}
