/**
 * Sequence numbers live in a 32-bit space that wraps (RFC 9293 §3.4): every comparison goes
 * through this module so a connection that crosses 2^32 keeps working.
 */
export type SeqNum = number & { readonly __brand: 'SeqNum' }

/** Reduces any integer to the sequence space. */
export const seq = (n: number): SeqNum => (n >>> 0) as SeqNum

export const seqAdd = (a: SeqNum, n: number): SeqNum => ((a + n) >>> 0) as SeqNum

/** a − b as a signed distance in (−2^31, 2^31]: positive when a is after b. */
export const seqDiff = (a: SeqNum, b: SeqNum): number => ((a - b) | 0) as number

export const seqLt = (a: SeqNum, b: SeqNum): boolean => seqDiff(a, b) < 0
export const seqLe = (a: SeqNum, b: SeqNum): boolean => seqDiff(a, b) <= 0
export const seqGt = (a: SeqNum, b: SeqNum): boolean => seqDiff(a, b) > 0
export const seqGe = (a: SeqNum, b: SeqNum): boolean => seqDiff(a, b) >= 0

/** lo ≤ x < lo + len in sequence space (the window test of RFC 9293 §3.10.7.4). */
export const seqInWindow = (x: SeqNum, lo: SeqNum, len: number): boolean => {
  const d = seqDiff(x, lo)
  return d >= 0 && d < len
}
