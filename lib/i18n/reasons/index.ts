/**
 * The engine's coded reasons (`lib/tcp/reasons.ts`), send reasons and host changes in the reader's
 * language. The engine writes data; every view — the player, the transcript, the prediction
 * prompt, the CLI ladder, pcap comments — words it here, at the edge (docs/decisions/011).
 */
import { type Reason } from '@/lib/tcp/reasons'
import { type SendReason } from '@/lib/tcp/trace'
import { type Locale } from '../locales'
import { en } from './en'
import { type EngineWords, type HostChange } from './types'
import { zh } from './zh'

export type { EngineWords, HostChange, ReasonTexts } from './types'

export const ENGINE_WORDS: Readonly<Record<Locale, EngineWords>> = { en, zh }

export interface EngineTextTranslator {
  reason(reason: Reason): string
  sendReason(reason: SendReason): string
  hostChange(change: HostChange): string
}

/** One reason in one language's words. */
export function wordReason(words: EngineWords, reason: Reason): string {
  // Each entry takes its own code's params; TypeScript cannot relate `reasons[code]` to `reason`.
  const text = words.reasons[reason.code] as (r: Reason) => string
  return text(reason)
}

function translator(words: EngineWords): EngineTextTranslator {
  return {
    reason: (reason) => wordReason(words, reason),
    sendReason: (reason) => words.sendReasons[reason],
    hostChange: (change) => words.hostChanges[change],
  }
}

const TRANSLATORS: Readonly<Record<Locale, EngineTextTranslator>> = {
  en: translator(en),
  zh: translator(zh),
}

/** The translator for a locale. */
export function engineText(locale: Locale): EngineTextTranslator {
  return TRANSLATORS[locale]
}

/** A reason in English: the CLI ladder, pcap comments and scenario `note` expectations read it. */
export function englishReason(reason: Reason): string {
  return wordReason(en, reason)
}
