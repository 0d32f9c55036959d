/**
 * The topic vocabulary questions are tagged with, and its labels in every locale. One list, so a
 * typo in a question's `topics` is a content-check error rather than a new, lonely topic.
 */
import { type Locale } from '@/lib/i18n/locales'

export const TOPIC_LABELS = {
  'connection-setup': { en: 'Connection setup', zh: '建立连接' },
  'connection-close': { en: 'Connection close', zh: '关闭连接' },
  states: { en: 'TCP states', zh: 'TCP 状态' },
  liveness: { en: 'Liveness', zh: '连接存活' },
  'syn-flood': { en: 'SYN flood', zh: 'SYN 洪泛' },
  'listen-queues': { en: 'Listen queues', zh: '监听队列' },
  isn: { en: 'Initial sequence numbers', zh: '初始序列号' },
  'tcp-options': { en: 'TCP options', zh: 'TCP 选项' },
  retransmission: { en: 'Retransmission', zh: '重传' },
  reset: { en: 'Resets (RST)', zh: '复位（RST）' },
  'fast-open': { en: 'TCP Fast Open', zh: 'TCP 快速打开' },
  'half-close': { en: 'Half-close', zh: '半关闭' },
  'time-wait': { en: 'TIME-WAIT', zh: 'TIME-WAIT' },
  'close-wait': { en: 'CLOSE-WAIT', zh: 'CLOSE-WAIT' },
  keepalive: { en: 'Keepalive', zh: '保活' },
  'udp-quic': { en: 'UDP and QUIC', zh: 'UDP 与 QUIC' },
  security: { en: 'Security', zh: '安全' },
} as const satisfies Record<string, Record<Locale, string>>

export type Topic = keyof typeof TOPIC_LABELS
export const TOPICS = Object.keys(TOPIC_LABELS) as [Topic, ...Topic[]]

export function topicLabel(topic: string, locale: Locale): string {
  return (TOPIC_LABELS as Record<string, Record<Locale, string>>)[topic]?.[locale] ?? topic
}
