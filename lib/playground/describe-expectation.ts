/**
 * An expectation and its result put into the reader's language. The engine describes them in
 * English for the CLI; the playground says the same thing from the expectation's own fields.
 */
import { format } from '@/lib/i18n/define'
import { type PlaygroundMessages } from '@/lib/i18n/messages/playground'
import { type Expectation, type SegmentFilter } from '@/lib/tcp'

type Words = Pick<
  PlaygroundMessages,
  | 'exp_passesThrough'
  | 'exp_neverEnters'
  | 'exp_endsIn'
  | 'exp_endsInError'
  | 'exp_appError'
  | 'exp_segments'
  | 'exp_closeSegments'
  | 'exp_note'
  | 'boundAtLeast'
  | 'boundAtMost'
  | 'boundExactly'
  | 'listSeparator'
  | 'filterAny'
  | 'filterFrom'
  | 'filterTo'
  | 'filterFlags'
  | 'filterHasFlags'
  | 'filterRelSeq'
  | 'filterWithData'
  | 'filterWithoutData'
  | 'filterReason'
  | 'filterLabel'
  | 'actualYes'
  | 'actualNo'
  | 'actualNever'
  | 'actualEntered'
  | `reason_${NonNullable<SegmentFilter['reason']>}`
>

/** "from client, flags SYN, sent as retransmission" — the filter's fields in a fixed order. */
export function describeFilter(f: SegmentFilter, m: Words): string {
  const parts = [
    f.from !== undefined ? format(m.filterFrom, { host: f.from }) : '',
    f.to !== undefined ? format(m.filterTo, { host: f.to }) : '',
    f.flags !== undefined ? format(m.filterFlags, { flags: f.flags }) : '',
    f.hasFlags !== undefined ? format(m.filterHasFlags, { flags: f.hasFlags }) : '',
    f.relSeq !== undefined ? format(m.filterRelSeq, { n: f.relSeq }) : '',
    f.payload === true ? m.filterWithData : f.payload === false ? m.filterWithoutData : '',
    f.reason !== undefined ? format(m.filterReason, { reason: m[`reason_${f.reason}`] }) : '',
    f.label !== undefined ? format(m.filterLabel, { label: f.label }) : '',
  ].filter(Boolean)
  return parts.length ? parts.join(m.listSeparator) : m.filterAny
}

/** What the expectation asks, e.g. "client passes through ESTABLISHED". */
export function describeExpectation(e: Expectation, m: Words): string {
  if ('passesThrough' in e) return format(m.exp_passesThrough, { host: e.host, state: e.passesThrough })
  if ('neverEnters' in e) return format(m.exp_neverEnters, { host: e.host, state: e.neverEnters })
  if ('endsIn' in e)
    return e.error === undefined
      ? format(m.exp_endsIn, { host: e.host, state: e.endsIn })
      : format(m.exp_endsInError, { host: e.host, state: e.endsIn, error: e.error })
  if ('appError' in e) return format(m.exp_appError, { host: e.host, error: e.appError })
  if ('segments' in e) {
    const bounds = [
      e.exactly !== undefined ? format(m.boundExactly, { n: e.exactly }) : '',
      e.atLeast !== undefined ? format(m.boundAtLeast, { n: e.atLeast }) : '',
      e.atMost !== undefined ? format(m.boundAtMost, { n: e.atMost }) : '',
    ].filter(Boolean)
    return format(m.exp_segments, {
      bounds: bounds.join(m.listSeparator),
      filter: describeFilter(e.segments, m),
    })
  }
  if ('closeSegments' in e) return format(m.exp_closeSegments, { n: e.closeSegments })
  return format(m.exp_note, { note: e.note })
}

/** The engine's word for what it saw (yes, no, never, entered), or its number or state as is. */
export function describeActual(actual: string, m: Words): string {
  const words: Record<string, string> = {
    yes: m.actualYes,
    no: m.actualNo,
    never: m.actualNever,
    entered: m.actualEntered,
  }
  return words[actual] ?? actual
}
