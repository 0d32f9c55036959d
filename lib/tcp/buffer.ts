/**
 * A growable byte FIFO: the send buffer (bytes from SND.UNA on) and the receive buffer (bytes
 * the application has not read). `view` hands out read-only windows as segment payloads without
 * copying, so the buffer never writes over bytes it has handed out: once any were, an emptied
 * buffer starts a fresh array instead of rewinding, and growing copies into a new array.
 */
const NONE = new Uint8Array(0)

/** Bytes generated on demand (payload.ts): `ensure(end)` makes bytes [0, end) final. */
export interface LazyBytes {
  ensure(end: number): void
}

/** Writes at least this large are adopted by an empty queue instead of copied. */
const ADOPT_BYTES = 4096

export class ByteQueue {
  private buf: Uint8Array
  private head = 0
  private tail = 0
  /** Bytes of `buf` below this index may be referenced by views: never overwrite them. */
  private handedOut = 0
  /** When `buf` is an adopted write generated on demand: asked before any byte is read. */
  private lazy: LazyBytes | undefined

  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity)
  }

  get length(): number {
    return this.tail - this.head
  }

  /**
   * Appends `bytes`, which the caller must not modify afterwards (a large write is adopted).
   * `lazy`: the bytes are generated on demand by it (only an adopted write stays lazy).
   */
  push(bytes: Uint8Array, lazy?: LazyBytes): void {
    if (this.tail === this.head && bytes.length >= ADOPT_BYTES) {
      // An empty queue takes a large write as it is; it counts as handed out, so never written.
      this.buf = bytes
      this.head = 0
      this.tail = this.handedOut = bytes.length
      this.lazy = lazy
      return
    }
    lazy?.ensure(bytes.length)
    if (this.tail < this.handedOut || this.tail + bytes.length > this.buf.length) this.grow(bytes.length)
    this.buf.set(bytes, this.tail)
    this.tail += bytes.length
  }

  /** A read-only view of `len` bytes starting `offset` bytes after the head (no copy). */
  view(offset: number, len: number): Uint8Array {
    const start = this.head + offset
    const end = Math.min(start + len, this.tail)
    if (end > this.handedOut) this.handedOut = end
    if (this.lazy !== undefined) this.lazy.ensure(end)
    return this.buf.subarray(start, end)
  }

  /** Removes `n` bytes from the head and returns a copy of them. */
  shift(n: number): Uint8Array {
    this.lazy?.ensure(this.head + n)
    const out = this.buf.slice(this.head, this.head + n)
    this.drop(n)
    return out
  }

  drop(n: number): void {
    this.head += Math.min(n, this.length)
    if (this.head !== this.tail) return
    this.head = this.tail = 0
    this.lazy = undefined
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
    q.lazy = this.lazy // shared: both worlds see the same bytes, whoever generates them
    this.handedOut = q.handedOut = this.buf.length
    return q
  }

  /** Moves the live bytes to a new array with room for `extra` more (never writes in place). */
  private grow(extra: number): void {
    const live = this.length
    const need = live + extra
    const size = need <= this.buf.length ? this.buf.length : Math.max(this.buf.length * 2, need)
    const next = new Uint8Array(size)
    this.lazy?.ensure(this.tail)
    this.lazy = undefined
    next.set(this.buf.subarray(this.head, this.tail), 0)
    this.buf = next
    this.head = 0
    this.tail = live
    this.handedOut = 0
  }
}
