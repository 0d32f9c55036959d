/**
 * Application bytes that exist only when something reads them (issue #3).
 *
 * A write's bytes are the output of a seeded generator (sfc32, `rng.ts`), and a segment carries a
 * `PayloadSlice` — which write, which offset, how long — instead of a copy or a view of real memory.
 * The engine itself only ever needs lengths: a 50 MB transfer used to page in 50 MB of fresh
 * memory (on the CI VM, ~150 ms of a ~290 ms run, and the same 50 MB held in a learner's tab);
 * now it allocates nothing for the bytes. Whoever does need bytes — the pcap writer, a manual-read
 * application, the byte-for-byte property tests — calls `bytesOf()`, which draws them on demand.
 *
 * The stream is exactly what it always was (golden hashes unchanged): word i of a write is the
 * i-th output of its generator. To read at an offset without keeping every byte, the generator's
 * state is recorded at each 4 KiB block boundary it walks past, so a read draws at most one block
 * before the bytes it wants, and sequential reads (a pcap, in order) draw each block once.
 */
import { createRng, type Rng, type RngState } from './rng'

/** Words per block: the generator's state is kept at every block boundary. */
const BLOCK_WORDS = 1024
const BLOCK_BYTES = BLOCK_WORDS * 4

/** One application write's bytes. Shared, never copied, by every world of a Replay. */
export class Payload {
  readonly length: number
  /** Generator words the write consumes (its last word may be used in part). */
  readonly #words: number
  /** Generator states at the start of blocks 0..#walked, four numbers each. */
  readonly #starts: number[]
  /** Blocks walked through so far; #walker stands at the start of block #walked. */
  #walked = 0
  readonly #walker: Rng
  /** One block of output: the last block drawn (a read in order draws each block once). */
  #scratch: Uint32Array | undefined
  #scratchBytes: Uint8Array | undefined
  #scratchBlock = -1

  /** `start`: the seed or generator state the write's first word is drawn from. */
  constructor(length: number, start: number | RngState) {
    this.length = length
    this.#words = (length + 3) >>> 2
    this.#walker = createRng(start)
    this.#starts = [...this.#walker.state()]
  }

  /** Bytes [start, end) as a slice, drawn only if someone reads it. */
  slice(start: number, end: number): PayloadSlice {
    return new PayloadSlice(this, start, Math.max(0, end - start))
  }

  /** A copy of bytes [start, end). */
  read(start: number, end: number): Uint8Array {
    const out = new Uint8Array(Math.max(0, end - start))
    for (let at = start; at < end;) {
      const k = Math.floor(at / BLOCK_BYTES)
      const from = at - k * BLOCK_BYTES
      const n = Math.min(end - at, BLOCK_BYTES - from)
      out.set(this.#block(k).subarray(from, from + n), at - start)
      at += n
    }
    return out
  }

  /** The generator's state after the write's last word: where the application's next write starts. */
  endState(): RngState {
    const full = Math.floor(this.#words / BLOCK_WORDS)
    while (this.#walked < full) this.#walk()
    const rest = this.#words - full * BLOCK_WORDS
    if (rest === 0) return this.#startOf(full)
    const rng = createRng(this.#startOf(full))
    rng.fill(new Uint32Array(rest))
    return rng.state()
  }

  /** Block k's bytes (in the scratch block: valid until the next draw). */
  #block(k: number): Uint8Array {
    if (this.#scratchBlock !== k) {
      if (k >= this.#walked) while (this.#walked <= k) this.#walk()
      else {
        createRng(this.#startOf(k)).fill(this.#scratchWords())
        this.#scratchBlock = k
      }
    }
    return this.#scratchBytes as Uint8Array
  }

  /**
   * Draws block #walked into the scratch block and records the state after it. For a write of
   * less than one block the scratch block is the write's size, and the state after it is never
   * read as a block start (no block 1 exists).
   */
  #walk(): void {
    this.#walker.fill(this.#scratchWords())
    this.#scratchBlock = this.#walked++
    this.#starts.push(...this.#walker.state())
  }

  #scratchWords(): Uint32Array {
    if (this.#scratch === undefined) {
      this.#scratch = new Uint32Array(Math.min(BLOCK_WORDS, this.#words))
      this.#scratchBytes = new Uint8Array(this.#scratch.buffer)
    }
    return this.#scratch
  }

  #startOf(k: number): RngState {
    const s = this.#starts
    return [s[4 * k], s[4 * k + 1], s[4 * k + 2], s[4 * k + 3]]
  }
}

/**
 * `length` bytes of a write from `offset` on: what a data segment carries. Immutable, so forks
 * and segments share it; `subarray` mirrors Uint8Array's so the receive path handles both alike.
 */
export class PayloadSlice {
  constructor(
    readonly source: Payload,
    readonly offset: number,
    readonly length: number,
  ) {}

  /** Bytes [begin, end) of this slice (clamped to it), as a slice. */
  subarray(begin: number, end: number = this.length): PayloadSlice {
    const b = Math.min(Math.max(begin, 0), this.length)
    const e = Math.min(Math.max(end, b), this.length)
    return new PayloadSlice(this.source, this.offset + b, e - b)
  }

  /** A copy of the bytes. */
  bytes(): Uint8Array {
    return this.source.read(this.offset, this.offset + this.length)
  }

  /** JSON sees the bytes themselves, as it saw the Uint8Array a segment used to carry. */
  toJSON(): Uint8Array {
    return this.bytes()
  }
}

/** What a segment carries: real bytes (control segments, injected data, tests) or a write's slice. */
export type SegmentData = Uint8Array | PayloadSlice

/** The bytes themselves, drawn now when `d` is a slice. */
export function bytesOf(d: SegmentData): Uint8Array {
  return d instanceof PayloadSlice ? d.bytes() : d
}
