// What a fuzz run prints and what it fails on: counts per status and per route group, the slowest
// answers, and every request that got a 5xx, hung or failed, written so it can be replayed by hand.
import { GROUPS } from './requests'
import { type Outcome } from './send'

const isFailure = (o: Outcome) => typeof o.status !== 'number' || o.status >= 500

/** A request in one line, cut short: method, path, group, and what came back. */
function oneLine(o: Outcome): string {
  const { method, path, group } = o.request
  const what =
    typeof o.status === 'number'
      ? `${o.status} ${'excerpt' in o ? o.excerpt : ''}`
      : `${o.status}: ${o.error}`
  return `${method} ${path.slice(0, 160)} [${group}] → ${what.replace(/\s+/g, ' ').slice(0, 160)}`
}

export function failuresOf(outcomes: Outcome[]): string[] {
  return outcomes.filter(isFailure).map(oneLine)
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)))
}

const line = (counts: Map<string, number>) => [...counts].map(([k, n]) => `${k}: ${n}`).join(', ')

export function describeRun(outcomes: Outcome[], ms: number): string {
  const seconds = ms / 1000
  const lines = [
    `fuzz: ${outcomes.length} requests in ${seconds.toFixed(1)} s (${(outcomes.length / seconds).toFixed(0)}/s)`,
    `  by status: ${line(countBy(outcomes, (o) => String(o.status)))}`,
  ]
  for (const group of GROUPS) {
    const mine = outcomes.filter((o) => o.request.group === group)
    lines.push(
      `  ${group.padEnd(21)} ${String(mine.length).padStart(5)}  ${line(countBy(mine, (o) => String(o.status)))}`,
    )
  }
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 3)
  lines.push('  slowest:', ...slowest.map((o) => `    ${o.ms} ms  ${oneLine(o)}`))
  return lines.join('\n')
}
