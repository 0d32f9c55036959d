/**
 * A growable byte FIFO: the send buffer (bytes from SND.UNA on) and the receive buffer (bytes
 * the application has not read). Read-only views are handed out as segment payloads, so the
 * buffer never rewrites bytes it has already handed out: it only appends and advances.
 */
export class ByteQueue {
  private buf: Uint8Array
  private head = 0
  private tail = 0

  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity)
  }

  get length(): number {
    return this.tail - this.head
  }

  push(bytes: Uint8Array): void {
    if (this.tail + bytes.length > this.buf.length) this.grow(bytes.length)
    this.buf.set(bytes, this.tail)
    this.tail += bytes.length
  }

  /** A copy of `len` bytes starting `offset` bytes after the head. */
  slice(offset: number, len: number): Uint8Array {
    const start = this.head + offset
    return this.buf.slice(start, Math.min(start + len, this.tail))
  }

  /** Removes `n` bytes from the head and returns them. */
  shift(n: number): Uint8Array {
    const out = this.buf.slice(this.head, this.head + n)
    this.drop(n)
    return out
  }

  drop(n: number): void {
    this.head += Math.min(n, this.length)
    if (this.head === this.tail) this.head = this.tail = 0
  }

  private grow(extra: number): void {
    const live = this.length
    const size = Math.max(this.buf.length * 2, live + extra)
    const next = new Uint8Array(size)
    next.set(this.buf.subarray(this.head, this.tail), 0)
    this.buf = next
    this.head = 0
    this.tail = live
  }
}
