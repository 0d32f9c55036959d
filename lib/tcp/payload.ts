/**
 * One application write's bytes, generated as the connection sends them (issue #3). The bytes
 * are the same pseudo-random words as ever — the write's generator filling them in order — but
 * they are drawn chunk by chunk when the send buffer first hands them out, so a Replay that
 * stops after 8 000 events of a 4 MB upload draws only what left before then.
 *
 * The array is allocated at full length up front (untouched pages cost nothing); bytes past
 * what has been asked for are zero until generated, so only the send buffer (which asks first,
 * `buffer.ts`) and `complete()` may read them.
 */
import { createRng, type Rng, type RngState } from './rng'

/** Words drawn ahead of the last byte asked for: one generator call per 64 KiB, not per segment. */
const CHUNK_WORDS = 16 * 1024

export class Payload {
  readonly bytes: Uint8Array
  private readonly words: Uint32Array
  private filledWords = 0
  private readonly rng: Rng

  /** `start`: the seed or generator state the write's first word is drawn from. */
  constructor(length: number, start: number | RngState) {
    this.words = new Uint32Array((length + 3) >>> 2)
    this.bytes = new Uint8Array(this.words.buffer, 0, length)
    this.rng = createRng(start)
  }

  get length(): number {
    return this.bytes.length
  }

  /** Makes bytes [0, end) final. */
  ensure(end: number): void {
    const need = (end + 3) >>> 2
    if (need <= this.filledWords) return
    const to = Math.min(this.words.length, Math.max(need, this.filledWords + CHUNK_WORDS))
    this.rng.fill(this.words.subarray(this.filledWords, to))
    this.filledWords = to
  }

  /** Every byte, generated. */
  complete(): Uint8Array {
    this.ensure(this.bytes.length)
    return this.bytes
  }

  /** The generator's state after the last word: where the application's next write starts. */
  endState(): RngState {
    this.complete()
    return this.rng.state()
  }
}
