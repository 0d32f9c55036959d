/**
 * A keyed 32-bit mixing hash for ISN selection (RFC 9293 §3.4.1's F()) and SYN cookies
 * (RFC 4987 §3.6). Real stacks use SipHash/MD5 with a secret; a simulation only needs the
 * property that different 4-tuples or keys give unrelated values, so murmur3's finaliser suffices.
 */
export function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** Mixes the UTF-16 code units of `s` into `h` (the string step of keyedHash). */
export function mixString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = mix32(h ^ s.charCodeAt(i))
  return h
}

/** Hashes a list of integers and strings under a key. */
export function keyedHash(key: number, ...parts: readonly (number | string)[]): number {
  let h = key >>> 0
  for (const p of parts) {
    if (typeof p === 'number') h = mix32(h ^ (p >>> 0))
    else for (let i = 0; i < p.length; i++) h = mix32(h ^ p.charCodeAt(i))
  }
  return h
}
