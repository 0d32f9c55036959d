import { describe, expect, it } from 'vitest'
import { type Reason, type ReasonCode, type ReasonOf } from '@/lib/tcp'
import { locales } from '../locales'
import { en } from './en'
import { engineText, ENGINE_WORDS, englishReason, type ReasonTexts, wordReason } from './index'

/**
 * At least one reason per code, with params as the engine fills them. A mapped type over the
 * codes: a new code without a sample here fails to compile, so it cannot go untested.
 */
const SAMPLES: { readonly [C in ReasonCode]: readonly [ReasonOf<C>, ...ReasonOf<C>[]] } = {
  connect: [{ code: 'connect' }],
  'connect-fast-open': [{ code: 'connect-fast-open' }],
  'close-before-handshake': [{ code: 'close-before-handshake' }],
  'close-fin-queued': [{ code: 'close-fin-queued' }],
  'close-in-syn-received': [{ code: 'close-in-syn-received' }],
  'close-after-peer-fin': [{ code: 'close-after-peer-fin' }],
  'close-unread-data': [{ code: 'close-unread-data' }],
  'close-linger-zero': [{ code: 'close-linger-zero' }],
  abort: [{ code: 'abort' }],
  'syn-to-listener': [{ code: 'syn-to-listener' }],
  'syn-ack-received': [{ code: 'syn-ack-received' }],
  'simultaneous-open-syn': [{ code: 'simultaneous-open-syn' }],
  'handshake-complete': [{ code: 'handshake-complete' }],
  'simultaneous-open-ack': [{ code: 'simultaneous-open-ack' }],
  'two-way-open': [{ code: 'two-way-open' }],
  'syn-cookie-final-ack': [{ code: 'syn-cookie-final-ack' }],
  'syn-cookie-validated': [{ code: 'syn-cookie-validated' }],
  'rst-refused': [{ code: 'rst-refused' }],
  'rst-back-to-listen': [{ code: 'rst-back-to-listen' }],
  'rst-refused-active-open': [{ code: 'rst-refused-active-open' }],
  'rst-reset': [{ code: 'rst-reset', state: 'ESTABLISHED' }],
  'rst-closed': [{ code: 'rst-closed', state: 'LAST-ACK' }],
  'data-after-close': [{ code: 'data-after-close' }],
  'fin-received': [{ code: 'fin-received' }],
  'simultaneous-close': [{ code: 'simultaneous-close' }],
  'fin-received-fin-acked': [{ code: 'fin-received-fin-acked' }],
  'fin-acked': [{ code: 'fin-acked' }],
  'fin-acked-in-closing': [{ code: 'fin-acked-in-closing' }],
  'new-incarnation': [{ code: 'new-incarnation' }],
  'time-wait-zero': [{ code: 'time-wait-zero' }],
  'time-wait-expired': [{ code: 'time-wait-expired' }],
  'fin-wait-2-timeout': [{ code: 'fin-wait-2-timeout' }],
  'retransmissions-exhausted': [{ code: 'retransmissions-exhausted' }],
  'syn-ack-retries-exhausted': [{ code: 'syn-ack-retries-exhausted' }],
  'keepalive-timeout': [{ code: 'keepalive-timeout' }],
  'host-crashed': [{ code: 'host-crashed' }],
  'connection-closed': [{ code: 'connection-closed' }],
  'listener-not-connection': [{ code: 'listener-not-connection' }],
  'ack-not-for-our-syn': [{ code: 'ack-not-for-our-syn' }],
  'ack-not-for-our-syn-ack': [{ code: 'ack-not-for-our-syn-ack' }],
  'rst-without-ack-in-syn-sent': [{ code: 'rst-without-ack-in-syn-sent' }],
  'unexpected-in-syn-sent': [{ code: 'unexpected-in-syn-sent' }],
  'no-ack-bit': [{ code: 'no-ack-bit' }],
  'rst-outside-window': [{ code: 'rst-outside-window' }],
  'outside-window-ack-sent': [{ code: 'outside-window-ack-sent' }],
  'outside-window-ack-rate-limited': [{ code: 'outside-window-ack-rate-limited' }],
  'rst-challenge-ack': [{ code: 'rst-challenge-ack' }],
  'rst-challenge-ack-rate-limited': [{ code: 'rst-challenge-ack-rate-limited' }],
  'unexpected-rst': [{ code: 'unexpected-rst', state: 'SYN-SENT' }],
  'syn-challenge-ack': [{ code: 'syn-challenge-ack', state: 'ESTABLISHED' }],
  'syn-challenge-ack-rate-limited': [{ code: 'syn-challenge-ack-rate-limited', state: 'TIME-WAIT' }],
  'unexpected-ack-processing': [{ code: 'unexpected-ack-processing', state: 'CLOSED' }],
  'ack-unsent-data': [{ code: 'ack-unsent-data' }],
  'ack-unsent-data-rate-limited': [{ code: 'ack-unsent-data-rate-limited' }],
  'defer-accept-bare-ack': [{ code: 'defer-accept-bare-ack' }],
  'accept-queue-full-final-ack': [{ code: 'accept-queue-full-final-ack' }],
  'rst-no-connection': [{ code: 'rst-no-connection' }],
  'closed-port': [{ code: 'closed-port', port: 8080 }],
  'rst-to-listener': [{ code: 'rst-to-listener' }],
  'listener-neither-syn-nor-ack': [{ code: 'listener-neither-syn-nor-ack' }],
  'accept-queue-full-syn': [{ code: 'accept-queue-full-syn' }],
  'syn-queue-full-no-cookies': [{ code: 'syn-queue-full-no-cookies' }],
  'syn-backlog-unproven-peer': [{ code: 'syn-backlog-unproven-peer' }],
  'listener-ack-no-entry': [{ code: 'listener-ack-no-entry' }],
  'syn-cookie-accept-queue-full': [{ code: 'syn-cookie-accept-queue-full' }],
  'random-loss': [{ code: 'random-loss' }],
  'fault-drop': [{ code: 'fault-drop', nth: 3 }],
  firewall: [{ code: 'firewall', host: 'server' }],
  'host-down': [{ code: 'host-down', host: 'server' }],
  'no-route': [{ code: 'no-route', ip: '198.51.100.7' }],
  'time-wait-fin-retransmitted': [{ code: 'time-wait-fin-retransmitted' }],
  'time-wait-new-syn': [{ code: 'time-wait-new-syn' }],
  'time-wait-zero-not-tcp': [{ code: 'time-wait-zero-not-tcp' }],
  'fin-wait-2-orphan-timed-out': [{ code: 'fin-wait-2-orphan-timed-out' }],
  'close-unread-data-rst': [{ code: 'close-unread-data-rst', bytes: 42 }],
  'data-after-close-reset': [{ code: 'data-after-close-reset' }],
  'retransmissions-given-up': [{ code: 'retransmissions-given-up', retransmissions: 15, elapsedMs: 924_600 }],
  'r1-reached': [{ code: 'r1-reached', retransmissions: 3 }],
  'syn-ack-given-up': [{ code: 'syn-ack-given-up', sent: 6 }],
  'keepalive-given-up': [{ code: 'keepalive-given-up', probes: 9 }],
  'syn-flood-cookies': [{ code: 'syn-flood-cookies', port: 80 }],
  'cookie-rebuilt-from-timestamps': [{ code: 'cookie-rebuilt-from-timestamps' }],
  'cookie-rebuilt-without-timestamps': [{ code: 'cookie-rebuilt-without-timestamps', mss: 1300 }],
  'two-way-handshake-established': [{ code: 'two-way-handshake-established' }],
  'fast-open-connect-ignored': [{ code: 'fast-open-connect-ignored' }],
  'fast-open-cookie-cached': [
    { code: 'fast-open-cookie-cached', cookie: '9f2c41d07a5be836', ip: '10.0.0.2' },
  ],
  'fast-open-cookie-requested': [{ code: 'fast-open-cookie-requested', cookie: '9f2c41d07a5be836' }],
  'fast-open-cookie-invalid': [{ code: 'fast-open-cookie-invalid', cookie: '0123456789abcdef' }],
  'fast-open-accept-queue-full': [{ code: 'fast-open-accept-queue-full' }],
  'fast-open-data-accepted': [{ code: 'fast-open-data-accepted', bytes: 100 }],
  'fast-open-data-acked': [{ code: 'fast-open-data-acked', bytes: 100 }],
  'fast-open-data-resent': [{ code: 'fast-open-data-resent', bytes: 100 }],
  'old-duplicate-injected': [{ code: 'old-duplicate-injected', to: 'server' }],
  'forged-segment': [{ code: 'forged-segment', spoofed: 'client', ip: '10.0.0.1', to: 'server' }],
  'variant-time-wait-zero': [{ code: 'variant-time-wait-zero' }],
  'variant-two-way-handshake': [{ code: 'variant-two-way-handshake' }],
  'variant-fixed-isn': [{ code: 'variant-fixed-isn' }],
  'connect-args': [
    { code: 'connect-args', ip: '10.0.0.2', port: 80, localPort: 40000, fastOpen: false },
    { code: 'connect-args', ip: '10.0.0.2', port: 80, localPort: 40000, fastOpen: true },
  ],
  'listen-args': [
    {
      code: 'listen-args',
      port: 80,
      backlog: 128,
      neverAccepts: false,
      fastOpen: 'off',
      deferAcceptMs: undefined,
    },
    { code: 'listen-args', port: 80, backlog: 1, neverAccepts: true, fastOpen: 'on', deferAcceptMs: 5000 },
    {
      code: 'listen-args',
      port: 80,
      backlog: 8,
      neverAccepts: false,
      fastOpen: 'ignored',
      deferAcceptMs: undefined,
    },
  ],
  'send-args': [
    { code: 'send-args', bytes: 100, label: undefined },
    { code: 'send-args', bytes: 517, label: 'ClientHello, HTTP request (early data)' },
  ],
  'read-args': [{ code: 'read-args', bytes: 0 }],
  'shutdown-args': [{ code: 'shutdown-args' }],
  'setsockopt-keepalive': [
    { code: 'setsockopt-keepalive', idleMs: 7_200_000, intervalMs: 75_000, probes: 9, lingerZero: false },
    { code: 'setsockopt-keepalive', idleMs: 1000, intervalMs: 500, probes: 3, lingerZero: true },
  ],
  'setsockopt-linger-zero': [{ code: 'setsockopt-linger-zero' }],
  'no-connection': [{ code: 'no-connection' }],
}

const samples: Reason[] = Object.values(SAMPLES).flat()

/** Params a text words rather than quotes: a duration in seconds, a mode by its meaning. */
const WORDED = new Set(['elapsedMs', 'fastOpen'])

describe('the reason dictionaries', () => {
  it('are exhaustive by type: a missing, extra or misread code does not compile', () => {
    const { 'fin-received': _missing, ...withoutOne } = en.reasons
    // @ts-expect-error a dictionary without 'fin-received'
    const missing: ReasonTexts = withoutOne
    // @ts-expect-error a code the engine does not have
    const extra: ReasonTexts = { ...en.reasons, 'no-such-code': () => 'nothing' }
    // @ts-expect-error 'closed-port' has a port, not a state
    const misread: ReasonTexts = { ...en.reasons, 'closed-port': ({ state }) => `${state}` }
    // The probes above are about types; at run time they are ordinary objects.
    expect([missing, extra, misread].every((d) => typeof d === 'object')).toBe(true)
  })

  it('render every code in every language with each param filled in', () => {
    for (const locale of locales) {
      for (const reason of samples) {
        const text = wordReason(ENGINE_WORDS[locale], reason)
        const where = `${locale} ${JSON.stringify(reason)} → ${text}`
        expect(text.trim(), where).not.toBe('')
        expect(text, where).not.toMatch(/undefined|NaN|\[object Object\]/)
        // A `{` is a leaked placeholder, except in SO_LINGER's own spelling {1, 0}.
        expect(text.replace(/\{1, ?0\}/g, ''), where).not.toMatch(/[{}]/)
        for (const [key, value] of Object.entries(reason))
          if (key !== 'code' && !WORDED.has(key) && (typeof value === 'number' || typeof value === 'string'))
            expect(text, `${where}: param ${key}`).toContain(String(value))
      }
    }
  })

  it('write Chinese in Chinese: every zh text has CJK characters', () => {
    for (const reason of samples) expect(wordReason(ENGINE_WORDS.zh, reason)).toMatch(/[\u4e00-\u9fff]/)
  })

  it('word the elapsed time of a give-up in whole seconds', () => {
    const r: Reason = { code: 'retransmissions-given-up', retransmissions: 15, elapsedMs: 924_600 }
    expect(englishReason(r)).toBe('giving up after 15 retransmissions (925 s)')
    expect(wordReason(ENGINE_WORDS.zh, r)).toBe('重传 15 次后放弃（历时 925 秒）')
  })

  it('list a listen call’s options in order, in the reader’s language', () => {
    const listen: Reason = SAMPLES['listen-args'][1]
    expect(englishReason(listen)).toBe(
      'port 80, backlog 1, never accepts, TCP_FASTOPEN, TCP_DEFER_ACCEPT 5000 ms',
    )
    expect(wordReason(ENGINE_WORDS.zh, listen)).toBe(
      '端口 80，backlog 1，应用从不调用 accept()，开启 TCP_FASTOPEN，TCP_DEFER_ACCEPT 5000 毫秒',
    )
  })

  it('keep an application label whole, commas and brackets included', () => {
    const send: Reason = SAMPLES['send-args'][1]
    expect(englishReason(send)).toBe('517 bytes (ClientHello, HTTP request (early data))')
    expect(wordReason(ENGINE_WORDS.zh, send)).toBe('517 字节（ClientHello, HTTP request (early data)）')
  })

  it('give each locale a translator for reasons, send reasons and host changes', () => {
    const zh = engineText('zh')
    expect(zh.reason({ code: 'rst-reset', state: 'ESTABLISHED' })).toBe(
      '在 ESTABLISHED 状态收到 RST：连接被重置',
    )
    expect(zh.sendReason('retransmission')).toBe('重传')
    expect(zh.hostChange('crashed')).toBe('崩溃')
    const english = engineText('en')
    expect(english.reason({ code: 'fin-received' })).toBe('FIN received')
    expect(english.sendReason('retransmission')).toBe('retransmission')
  })
})
