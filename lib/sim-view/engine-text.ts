/**
 * The engine's explanations (state causes, discard reasons, drop details, notes, application
 * calls, send reasons) in the reader's language. The engine writes plain English into the trace
 * and knows nothing of locales (lib/tcp stays free of UI concerns, and its golden trace hashes
 * stay put); the views pass each string through the translator of their locale before showing it.
 */
import { type Locale } from '@/lib/i18n/locales'
import { type SendReason, type TraceEvent } from '@/lib/tcp'
import { translateBy, ZH_DROP_BY, ZH_HOST_CHANGE, ZH_RULES, ZH_SEND_REASON } from './engine-text-zh'

/** Which trace field a string came from: the same words can need different Chinese in each. */
export type EngineTextKind = keyof typeof ZH_RULES

export interface EngineText {
  readonly kind: EngineTextKind
  readonly text: string
}

type DropBy = Extract<TraceEvent, { type: 'segment-dropped' }>['by']
type HostChange = Extract<TraceEvent, { type: 'host' }>['change']

export interface EngineTextTranslator {
  /** One engine string of the given kind; unknown strings are shown as the engine wrote them. */
  text(kind: EngineTextKind, text: string): string
  dropBy(by: DropBy): string
  hostChange(change: HostChange): string
  sendReason(reason: SendReason): string
}

const english: EngineTextTranslator = {
  text: (_kind, text) => text,
  dropBy: (by) => by,
  hostChange: (change) => change,
  sendReason: (reason) => reason,
}

const chinese: EngineTextTranslator = {
  text: (kind, text) => zhEngineText(kind, text) ?? text,
  dropBy: (by) => ZH_DROP_BY[by],
  hostChange: (change) => ZH_HOST_CHANGE[change],
  sendReason: (reason) => ZH_SEND_REASON[reason],
}

/** The translator for a locale. */
export function engineText(locale: Locale): EngineTextTranslator {
  return locale === 'zh' ? chinese : english
}

/** The Chinese for one engine string, or undefined when the table has no rule for it. */
export function zhEngineText(kind: EngineTextKind, text: string): string | undefined {
  return translateBy(ZH_RULES[kind], text)
}

/** Every engine-written string of a trace, in trace order (duplicates included). */
export function engineTexts(trace: readonly TraceEvent[]): EngineText[] {
  const out: EngineText[] = []
  for (const e of trace) {
    if (e.type === 'state') out.push({ kind: 'cause', text: e.cause })
    else if (e.type === 'segment-discarded') out.push({ kind: 'why', text: e.why })
    else if (e.type === 'segment-dropped' && e.detail !== undefined)
      out.push({ kind: 'drop', text: e.detail })
    else if (e.type === 'note') out.push({ kind: 'note', text: e.text })
    else if (e.type === 'app-call' && e.detail !== undefined) out.push({ kind: 'call', text: e.detail })
  }
  return out
}
