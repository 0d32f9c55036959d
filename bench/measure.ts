/**
 * Timing helpers for the benchmark: wall-clock time, best of a few runs after a warm-up, with the
 * process CPU time of the same run beside it. On a shared machine wall time moves ~2x with load
 * while CPU time barely does, so compare CPU figures between runs made at different times.
 *
 * The kernel's share of that CPU time and the minor page faults are printed too: on the CI VM a
 * page fault costs ~11 µs (20–50x bare metal), and a run whose heap grows into fresh pages spends
 * a third of its time there — a cost of the machine, not of the engine (issue #3).
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
  /** Set for timings: the kernel's part of `cpuMs`, and the minor page faults, of the same run. */
  readonly systemMs?: number
  readonly pageFaults?: number
}

export interface Timing {
  ms: number
  cpuMs: number
  systemMs: number
  pageFaults: number
}

/** Wall and CPU milliseconds of one call, the kernel's part, and the page faults it took. */
export function timed(fn: () => void): Timing {
  const f0 = process.resourceUsage().minorPageFault
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  fn()
  const ms = performance.now() - t0
  const c = process.cpuUsage(c0)
  const pageFaults = process.resourceUsage().minorPageFault - f0
  return { ms, cpuMs: (c.user + c.system) / 1000, systemMs: c.system / 1000, pageFaults }
}

/** Best of `runs` timings after one warm-up run, so JIT compilation is not what we measure. */
/** The CPU figures (and the kernel's part of them) are those of the run with the least CPU time. */
export function measure(label: string, fn: () => void, runs = 3): Figure & Timing {
  fn()
  let best = Infinity
  let leastCpu: Timing | undefined
  for (let i = 0; i < runs; i++) {
    const t = timed(fn)
    best = Math.min(best, t.ms)
    if (leastCpu === undefined || t.cpuMs < leastCpu.cpuMs) leastCpu = t
  }
  return { label, value: round(best), unit: 'ms', ...(leastCpu as Timing), ms: best }
}

export const round = (x: number): number => Math.round(x * 100) / 100

export function print(title: string, figures: readonly Figure[]): void {
  console.log(`\n${title}`)
  const width = figures.reduce((most, f) => Math.max(most, f.label.length), 0)
  for (const f of figures) {
    const kernel =
      f.systemMs === undefined || f.pageFaults === undefined
        ? ''
        : `; kernel ${Math.round(f.systemMs)} ms, ${f.pageFaults.toLocaleString('en-US')} page faults`
    const cpu = f.cpuMs === undefined ? '' : `   (CPU ${round(f.cpuMs).toLocaleString('en-US')} ms${kernel})`
    console.log(`  ${f.label.padEnd(width)}  ${f.value.toLocaleString('en-US')} ${f.unit}${cpu}`)
  }
}
