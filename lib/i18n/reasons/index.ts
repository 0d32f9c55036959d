/**
 * The engine's coded reasons (`lib/tcp/reasons.ts`), send reasons and host changes in the reader's
 * language. The engine writes data; every view — the player, the transcript, the prediction
 * prompt, the CLI ladder, pcap comments — words it here, at the edge (docs/decisions/011).
 */
import { type Reason, type SendReason } from '@/lib/tcp'
import { type Locale } from '../locales'
import { en } from './en'
import { type EngineWords, type HostChange } from './types'
import { wordReason } from './word'
import { zh } from './zh'

export type { EngineWords, HostChange, ReasonTexts } from './types'
export { englishReason } from './english'
export { wordReason } from './word'

export const ENGINE_WORDS: Readonly<Record<Locale, EngineWords>> = { en, zh }

export interface EngineTextTranslator {
  reason(reason: Reason): string
  sendReason(reason: SendReason): string
  hostChange(change: HostChange): string
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
