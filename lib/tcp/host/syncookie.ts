/**
 * SYN cookies (RFC 4987 §3.6, Linux net/ipv4/syncookies.c): the listener keeps no state for a SYN;
 * the MSS index, a coarse time counter and a keyed hash of the 4-tuple travel in the server's ISN,
 * and the final ACK (SEG.ACK − 1) brings them back.
 */
import { keyedHash, mix32, mixString } from '../hash'
import { type Millis } from '../time'

/** Linux `msstab`: the MSS values a cookie can encode in its index (net/ipv4/syncookies.c). */
export const COOKIE_MSS_TABLE = [536, 1300, 1440, 1460] as const
/** Linux tcp_cookie_time(): the counter ticks once a minute. */
export const COOKIE_PERIOD_MS = 60_000
/**
 * Linux MAX_SYNCOOKIE_AGE (include/net/tcp.h): check_tcp_syn_cookie() rejects a cookie whose
 * counter is this many ticks old or more, so it is valid for the current and the previous
 * counter: at most 2 minutes, less if the counter ticked just after the cookie was made.
 */
export const MAX_SYNCOOKIE_AGE = 2
/** Linux TCP_SYNCOOKIE_VALID: how long after the last SYN-queue overflow cookie ACKs are checked. */
export const COOKIE_VALID_MS = MAX_SYNCOOKIE_AGE * COOKIE_PERIOD_MS
/** tcp_synq_overflow() records an overflow at most once a second (HZ). */
const OVERFLOW_STAMP_MS = 1000
/** Linux COOKIEBITS: the low 24 bits hold hash + data, the top 8 the counter. */
const COOKIE_BITS = 24
const COOKIE_MASK = (1 << COOKIE_BITS) - 1

/** The largest table MSS not above the client's. */
export function mssIndex(clientMss: number): number {
  for (let i = COOKIE_MSS_TABLE.length - 1; i > 0; i--) if (COOKIE_MSS_TABLE[i] <= clientMss) return i
  return 0
}

/** cookie = H1(tuple) + client ISN + (count << 24) + ((H2(tuple, count) + mssIndex) mod 2^24) */
export function makeCookie(
  secret: number,
  tuple: string,
  clientIsn: number,
  now: Millis,
  mssIdx: number,
): number {
  const count = Math.floor(now / COOKIE_PERIOD_MS)
  // keyedHash(secret, 1, tuple) and keyedHash(secret, 2, tuple, count), spelt out: once per SYN
  // of a flood, so without the rest-argument array.
  const h1 = mixString(mix32((secret >>> 0) ^ 1), tuple)
  const h2 = mix32(mixString(mix32((secret >>> 0) ^ 2), tuple) ^ (count >>> 0))
  return (h1 + clientIsn + ((count & 0xff) << COOKIE_BITS) + ((h2 + mssIdx) & COOKIE_MASK)) >>> 0
}

/** Validates SEG.ACK − 1 of a final ACK; returns the encoded MSS index or undefined. */
export function checkCookie(
  secret: number,
  tuple: string,
  clientIsn: number,
  cookie: number,
  now: Millis,
): number | undefined {
  const v = (cookie - keyedHash(secret, 1, tuple) - clientIsn) >>> 0
  const count = Math.floor(now / COOKIE_PERIOD_MS)
  const age = (count - (v >>> COOKIE_BITS)) & 0xff
  if (age >= MAX_SYNCOOKIE_AGE) return undefined
  const h2 = keyedHash(secret, 2, tuple, count - age)
  const idx = ((v & COOKIE_MASK) - h2) & COOKIE_MASK
  return idx < COOKIE_MSS_TABLE.length ? idx : undefined
}

/**
 * Linux tcp_synq_overflow(): the time of the last SYN-queue overflow, stamped when a cookie is
 * sent but moved at most once a second.
 */
export function stampOverflow(last: Millis | undefined, now: Millis): Millis {
  return last === undefined || now > last + OVERFLOW_STAMP_MS ? now : last
}

/**
 * Linux tcp_synq_no_recent_overflow(), negated: cookie_v4_check() looks at an ACK as a cookie
 * only from a second before the last overflow to TCP_SYNCOOKIE_VALID after it; otherwise the
 * ACK is one for no connection and gets a reset.
 */
export function overflowedRecently(last: Millis | undefined, now: Millis): boolean {
  return last !== undefined && now >= last - OVERFLOW_STAMP_MS && now <= last + COOKIE_VALID_MS
}
