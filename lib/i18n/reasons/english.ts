/**
 * A reason in English, for the readers that are English whatever the page's language: the CLI
 * ladder, pcap comments and scenario `note` expectations. Its own module so the engine, which
 * checks expectations, does not carry the other languages into a bundle that never shows them.
 */
import { type Reason } from '@/lib/tcp'
import { en } from './en'
import { wordReason } from './word'

export function englishReason(reason: Reason): string {
  return wordReason(en, reason)
}
