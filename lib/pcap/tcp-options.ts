/**
 * TCP options to and from wire bytes. The layout copies Linux's `tcp_options_write()`
 * (net/ipv4/tcp_output.c) so a capture looks like one from a real host: MSS first, SACK-permitted
 * packed with the timestamps when both are on, NOPs in front of options of odd length so each
 * starts on a 32-bit word, and NOPs after a Fast Open cookie of length 4n+2.
 */
import { type TcpOptions } from '@/lib/tcp'

/** Option kinds (IANA "TCP Option Kind Numbers"). */
export const OPT_EOL = 0
export const OPT_NOP = 1
export const OPT_MSS = 2 // RFC 9293 §3.2
export const OPT_WINDOW_SCALE = 3 // RFC 7323 §2.2
export const OPT_SACK_PERMITTED = 4 // RFC 2018 §2
export const OPT_TIMESTAMPS = 8 // RFC 7323 §3.2
export const OPT_FAST_OPEN = 34 // RFC 7413 §4.1.1

/** The data offset field is 4 bits of 32-bit words: 60 bytes of header, 20 fixed (RFC 9293 §3.1). */
export const MAX_OPTIONS_BYTES = 40
/** Cookie length bounds (RFC 7413 §4.1.1: "The cookie length MUST be 4 to 16 bytes"). */
const COOKIE_MIN = 4
const COOKIE_MAX = 16
/** Linux's TFO cookie is 8 bytes (TCP_FASTOPEN_COOKIE_SIZE). */
const DERIVED_COOKIE_BYTES = 8

/**
 * The engine holds a cookie as a string. A hex string of a legal length is taken as the bytes
 * themselves; any other string is hashed (FNV-1a) to 8 stable bytes so every export of the same
 * run writes the same cookie.
 */
export function cookieBytes(cookie: string): Uint8Array {
  if (
    /^([0-9a-f]{2})+$/i.test(cookie) &&
    cookie.length >= 2 * COOKIE_MIN &&
    cookie.length <= 2 * COOKIE_MAX
  ) {
    return Uint8Array.from(cookie.match(/../g) ?? [], (h) => parseInt(h, 16))
  }
  const out = new Uint8Array(DERIVED_COOKIE_BYTES)
  let h = 0x811c9dc5 // FNV-1a 32-bit offset basis
  for (let i = 0; i < DERIVED_COOKIE_BYTES; i++) {
    for (let j = 0; j < cookie.length; j++) h = Math.imul(h ^ cookie.charCodeAt(j), 0x01000193)
    h = Math.imul(h ^ i, 0x01000193)
    out[i] = h >>> 24
  }
  return out
}

/** How many bytes `writeOptions` will write: always a multiple of 4. */
export function optionsLength(o: TcpOptions): number {
  let n = 0
  if (o.mss !== undefined) n += 4
  if (o.timestamps) n += 12 // SACK-permitted or two NOPs, then the 10-byte option
  if (o.windowScale !== undefined) n += 4
  if (o.sackPermitted && !o.timestamps) n += 4
  if (o.fastOpen)
    n += (2 + (o.fastOpen.cookie === undefined ? 0 : cookieBytes(o.fastOpen.cookie).length) + 3) & ~3
  return n
}

/** Writes the options at `at` and returns the number of bytes written. */
export function writeOptions(buf: Uint8Array, at: number, o: TcpOptions): number {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  const start = at
  if (o.mss !== undefined) {
    buf[at] = OPT_MSS
    buf[at + 1] = 4
    view.setUint16(at + 2, o.mss)
    at += 4
  }
  if (o.timestamps) {
    // Linux saves two bytes by letting SACK-permitted stand where the NOPs would go.
    buf[at] = o.sackPermitted ? OPT_SACK_PERMITTED : OPT_NOP
    buf[at + 1] = o.sackPermitted ? 2 : OPT_NOP
    buf[at + 2] = OPT_TIMESTAMPS
    buf[at + 3] = 10
    view.setUint32(at + 4, o.timestamps.value >>> 0)
    view.setUint32(at + 8, o.timestamps.echo >>> 0)
    at += 12
  }
  if (o.windowScale !== undefined) {
    buf.set([OPT_NOP, OPT_WINDOW_SCALE, 3, o.windowScale], at)
    at += 4
  }
  if (o.sackPermitted && !o.timestamps) {
    buf.set([OPT_NOP, OPT_NOP, OPT_SACK_PERMITTED, 2], at)
    at += 4
  }
  if (o.fastOpen) {
    const cookie = o.fastOpen.cookie === undefined ? new Uint8Array(0) : cookieBytes(o.fastOpen.cookie)
    buf[at] = OPT_FAST_OPEN
    buf[at + 1] = 2 + cookie.length
    buf.set(cookie, at + 2)
    at += 2 + cookie.length
    while ((at - start) % 4 !== 0) buf[at++] = OPT_NOP
  }
  if (at - start > MAX_OPTIONS_BYTES) {
    throw new Error(`TCP options take ${at - start} bytes; the header allows ${MAX_OPTIONS_BYTES}`)
  }
  return at - start
}

/** Options read back from the wire, with the kinds in order (NOPs included) for layout checks. */
export interface DecodedOptions {
  readonly options: TcpOptions
  readonly kinds: readonly number[]
  /** The Fast Open cookie's raw bytes, when one was present. */
  readonly cookie?: Uint8Array
}

/** Parses the option bytes buf[start, end); throws on a length that overruns the header. */
export function readOptions(buf: Uint8Array, start: number, end: number): DecodedOptions {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  const o: { -readonly [K in keyof TcpOptions]: TcpOptions[K] } = {}
  const kinds: number[] = []
  let cookie: Uint8Array | undefined
  let at = start
  while (at < end) {
    const kind = buf[at]
    kinds.push(kind)
    if (kind === OPT_EOL) break
    if (kind === OPT_NOP) {
      at++
      continue
    }
    const len = buf[at + 1]
    if (len < 2 || at + len > end) throw new Error(`Bad length ${len} for TCP option ${kind} at ${at}`)
    if (kind === OPT_MSS) o.mss = view.getUint16(at + 2)
    else if (kind === OPT_WINDOW_SCALE) o.windowScale = buf[at + 2]
    else if (kind === OPT_SACK_PERMITTED) o.sackPermitted = true
    else if (kind === OPT_TIMESTAMPS)
      o.timestamps = { value: view.getUint32(at + 2), echo: view.getUint32(at + 6) }
    else if (kind === OPT_FAST_OPEN) {
      cookie = buf.slice(at + 2, at + len)
      const hex = Array.from(cookie, (b) => b.toString(16).padStart(2, '0')).join('')
      o.fastOpen = cookie.length === 0 ? {} : { cookie: hex }
    }
    at += len
  }
  return { options: o, kinds, cookie }
}
