/** Timing helpers for the benchmark: wall-clock time, best of a few runs after a warm-up. */
import { performance } from 'node:perf_hooks'

export interface Figure {
  readonly label: string
  readonly value: number
  readonly unit: string
  /** Set for timings: the measured milliseconds. */
  readonly ms?: number
}

/** Best of `runs` timings after one warm-up run, so JIT compilation is not what we measure. */
export function measure(label: string, fn: () => void, runs = 3): Figure & { ms: number } {
  fn()
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    best = Math.min(best, performance.now() - t0)
  }
  return { label, value: Math.round(best * 100) / 100, unit: 'ms', ms: best }
}

export function print(title: string, figures: readonly Figure[]): void {
  console.log(`\n${title}`)
  const width = Math.max(...figures.map((f) => f.label.length))
  for (const f of figures)
    console.log(`  ${f.label.padEnd(width)}  ${f.value.toLocaleString('en-US')} ${f.unit}`)
}
