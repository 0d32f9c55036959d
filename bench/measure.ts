/**
 * Timing helpers for the benchmark: wall-clock time, best of a few runs after a warm-up, with the
 * process CPU time of the same run beside it. On a shared machine wall time moves ~2x with load
 * while CPU time barely does, so compare CPU figures between runs made at different times.
 */
import { performance } from 'node:perf_hooks'

export interface Figure {
  readonly label: string
  readonly value: number
  readonly unit: string
  /** Set for timings: the measured milliseconds. */
  readonly ms?: number
  /** Set for timings: CPU milliseconds of the process (main thread plus GC helpers). */
  readonly cpuMs?: number
}

/** Wall and CPU milliseconds of one call. */
export function timed(fn: () => void): { ms: number; cpuMs: number } {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  fn()
  const ms = performance.now() - t0
  const c = process.cpuUsage(c0)
  return { ms, cpuMs: (c.user + c.system) / 1000 }
}

/** Best of `runs` timings after one warm-up run, so JIT compilation is not what we measure. */
export function measure(label: string, fn: () => void, runs = 3): Figure & { ms: number; cpuMs: number } {
  fn()
  let best = Infinity
  let bestCpu = Infinity
  for (let i = 0; i < runs; i++) {
    const t = timed(fn)
    best = Math.min(best, t.ms)
    bestCpu = Math.min(bestCpu, t.cpuMs)
  }
  return { label, value: round(best), unit: 'ms', ms: best, cpuMs: bestCpu }
}

export const round = (x: number): number => Math.round(x * 100) / 100

export function print(title: string, figures: readonly Figure[]): void {
  console.log(`\n${title}`)
  const width = Math.max(...figures.map((f) => f.label.length))
  for (const f of figures) {
    const cpu = f.cpuMs === undefined ? '' : `   (CPU ${round(f.cpuMs).toLocaleString('en-US')} ms)`
    console.log(`  ${f.label.padEnd(width)}  ${f.value.toLocaleString('en-US')} ${f.unit}${cpu}`)
  }
}
