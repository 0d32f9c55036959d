/**
 * A growable byte FIFO: the send buffer (bytes from SND.UNA on) and the receive buffer (bytes
 * the application has not read). `view` hands out read-only windows as segment payloads without
 * copying, so the buffer never writes over bytes it has handed out: once any were, an emptied
 * buffer starts a fresh array instead of rewinding, and growing copies into a new array.
 *
 * A large application write is adopted as it is (payload.ts): while it is the whole queue, views
 * are slices of it and no byte of it is ever drawn by the queue.
 */
import { type Payload, type SegmentData } from './payload'

const NONE = new Uint8Array(0)

/** Writes at least this large are adopted by an empty queue instead of copied. */
const ADOPT_BYTES = 4096

export class ByteQueue {
  private buf: Uint8Array
  private head = 0
  private tail = 0
  /** Bytes of `buf` below this index may be referenced by views: never overwrite them. */
  private handedOut = 0
  /** An adopted write (head and tail are then offsets into it; `buf` is unused). */
  private write: Payload | undefined

  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity)
  }

  get length(): number {
    return this.tail - this.head
  }

  /** Appends `bytes`, which the caller must not modify afterwards (a large array is adopted). */
  push(bytes: Uint8Array): void {
    if (this.tail === this.head && bytes.length >= ADOPT_BYTES) {
      // An empty queue takes a large write as it is; it counts as handed out, so never written.
      this.buf = bytes
      this.head = 0
      this.tail = this.handedOut = bytes.length
      this.write = undefined
      return
    }
    if (this.write !== undefined || this.tail < this.handedOut || this.tail + bytes.length > this.buf.length)
      this.grow(bytes.length)
    this.buf.set(bytes, this.tail)
    this.tail += bytes.length
  }

  /** Appends an application write; an empty queue adopts a large one without drawing its bytes. */
  pushWrite(p: Payload): void {
    if (this.tail === this.head && p.length >= ADOPT_BYTES) {
      this.write = p
      this.buf = NONE
      this.head = this.handedOut = 0
      this.tail = p.length
      return
    }
    this.push(p.read(0, p.length))
  }

  /** A read-only view of `len` bytes starting `offset` bytes after the head (no copy). */
  view(offset: number, len: number): SegmentData {
    const start = this.head + offset
    const end = Math.min(start + len, this.tail)
    if (this.write !== undefined) return this.write.slice(start, end)
    if (end > this.handedOut) this.handedOut = end
    return this.buf.subarray(start, end)
  }

  /** Removes `n` bytes from the head and returns a copy of them. */
  shift(n: number): Uint8Array {
    const out =
      this.write !== undefined
        ? this.write.read(this.head, this.head + n)
        : this.buf.slice(this.head, this.head + n)
    this.drop(n)
    return out
  }

  drop(n: number): void {
    this.head += Math.min(n, this.length)
    if (this.head !== this.tail) return
    this.head = this.tail = 0
    this.write = undefined
    if (this.handedOut > 0) {
      // Views still point into this array: the next push allocates a new one.
      this.buf = NONE
      this.handedOut = 0
    }
  }

  /** A copy for a forked world: both share the bytes until either writes (copy on write). */
  fork(): ByteQueue {
    const q = Object.create(ByteQueue.prototype) as ByteQueue
    q.buf = this.buf
    q.head = this.head
    q.tail = this.tail
    q.write = this.write // shared: a write never changes
    this.handedOut = q.handedOut = this.buf.length
    return q
  }

  /**
   * Moves the live bytes to a new array with room for `extra` more (never writes in place). An
   * adopted write's live bytes are drawn now: a second write queued behind it makes them real.
   */
  private grow(extra: number): void {
    const live = this.length
    const need = live + extra
    const size = need <= this.buf.length ? this.buf.length : Math.max(this.buf.length * 2, need)
    const next = new Uint8Array(size)
    if (this.write !== undefined) next.set(this.write.read(this.head, this.tail), 0)
    else next.set(this.buf.subarray(this.head, this.tail), 0)
    this.write = undefined
    this.buf = next
    this.head = 0
    this.tail = live
    this.handedOut = 0
  }
}
