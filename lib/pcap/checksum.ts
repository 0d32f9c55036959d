/**
 * The Internet checksum (RFC 1071): the ones' complement of the ones' complement sum of 16-bit
 * words. IPv4 uses it over its header (RFC 791 §3.1), TCP over a pseudo-header plus the segment
 * (RFC 9293 §3.1). Sums are kept unfolded between calls so the pseudo-header and the segment can
 * be added separately without copying them into one buffer.
 */

/** Adds bytes[start, end) as big-endian 16-bit words to `sum`; an odd last byte is padded with 0. */
export function addWords(bytes: Uint8Array, start: number, end: number, sum = 0): number {
  // Reading 32 bits at a time halves the loop: since 2^16 ≡ 1 (mod 2^16 − 1), a 32-bit word adds
  // the same ones' complement value as its two halves (RFC 1071 §2 (B), §4.1). A JS number holds
  // 2^53 exactly; 16 383 words of 2^32 stay far below it.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let i = start
  for (; i + 3 < end; i += 4) sum += view.getUint32(i)
  if (i + 1 < end) {
    sum += view.getUint16(i)
    i += 2
  }
  if (i < end) sum += bytes[i] << 8
  return sum
}

/** Folds the carries back in and complements: the value to write into the checksum field. */
export function finishChecksum(sum: number): number {
  while (sum > 0xffff) sum = (sum & 0xffff) + Math.floor(sum / 0x10000)
  return ~sum & 0xffff
}

/** The checksum of bytes[start, end) alone. Over a header that already holds its checksum, 0 means valid. */
export const internetChecksum = (bytes: Uint8Array, start = 0, end = bytes.length): number =>
  finishChecksum(addWords(bytes, start, end))
