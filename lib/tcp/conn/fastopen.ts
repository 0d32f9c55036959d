/**
 * TCP Fast Open (RFC 7413), client side of the SYN-ACK and the server's cookie. The first
 * connection's SYN carries an empty option (a cookie request) and the SYN-ACK returns a cookie;
 * a later SYN carries the cookie and the first write, and a server that validates the cookie
 * hands the data to its application before the handshake completes (host/listener.ts).
 */
import { keyedHash } from '../hash'
import { type Segment } from '../segment'
import { seqAdd, seqDiff } from '../seq'
import { type Connection } from './connection'

/** Linux TCP_FASTOPEN_COOKIE_SIZE: 8 bytes, written as 16 hex digits (RFC 7413 §4.1.1: 4 to 16). */
export function fastOpenCookie(secret: number, clientIp: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0')
  return hex(keyedHash(secret, 'tfo', clientIp)) + hex(keyedHash(secret, 'tfo2', clientIp))
}

/** Our Fast Open SYN was answered: cache a new cookie, drop data the SYN-ACK acknowledged. */
export function fastOpenSynAck(c: Connection, seg: Segment): void {
  const cookie = seg.options.fastOpen?.cookie
  if (cookie !== undefined) {
    // RFC 7413 §4.1.2: the client caches the cookie (and the MSS) per server IP.
    c.env.fastOpenCookies.set(c.remote.ip, { cookie, mss: seg.options.mss ?? 536 })
    c.note({ code: 'fast-open-cookie-cached', cookie, ip: c.remote.ip })
  }
  if (c.synData === 0) return
  const acked = Math.max(0, Math.min(seqDiff(seg.ack, seqAdd(c.iss, 1)), c.synData))
  c.sendBuf.drop(acked)
  c.bufOffset += acked
  if (c.labels.length) c.labels = c.labels.filter((l) => l.end > c.bufOffset)
  if (acked === c.synData) {
    c.note({ code: 'fast-open-data-acked', bytes: acked })
    return
  }
  // RFC 7413 §4.2.2: the server ignored the data (no valid cookie): send it again after the SYN.
  c.note({ code: 'fast-open-data-resent', bytes: c.synData - acked })
  c.sndNxt = seg.ack
}
