/** Dotted-quad IPv4 addresses ("10.0.0.1") to and from their four wire bytes (RFC 791 §3.1). */

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/

/** A simulation has a handful of addresses and exports encode each thousands of times. */
const cache = new Map<string, Uint8Array>()
const CACHE_LIMIT = 4096

/** Parses "a.b.c.d" (the bytes are shared: do not mutate); throws on anything else, since a frame with a wrong address is worse than none. */
export function parseIpv4(text: string): Uint8Array {
  const hit = cache.get(text)
  if (hit) return hit
  if (cache.size >= CACHE_LIMIT) cache.clear()
  const parsed = parse(text)
  cache.set(text, parsed)
  return parsed
}

function parse(text: string): Uint8Array {
  const parts = text.split('.')
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) {
    throw new Error(`Not an IPv4 address: "${text}"`)
  }
  return Uint8Array.from(parts, Number)
}

export const formatIpv4 = (bytes: Uint8Array, offset = 0): string =>
  `${bytes[offset]}.${bytes[offset + 1]}.${bytes[offset + 2]}.${bytes[offset + 3]}`
