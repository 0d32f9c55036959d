/**
 * Local days. "Due today", the daily new-card limit and the review cap all count in the learner's
 * own calendar day, which begins at local midnight in their IANA time zone, so a learner in
 * Shanghai and one in New York each get a fresh day at their own midnight, DST included.
 */

interface LocalParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsIn(at: Date, timeZone: string): LocalParts {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  const out: Record<string, number> = {}
  for (const p of f.formatToParts(at)) if (p.type !== 'literal') out[p.type] = Number(p.value)
  return out as unknown as LocalParts
}

/** How far the zone's wall clock is ahead of UTC at `at`, in ms (+8 h for Asia/Shanghai). */
function offsetAt(at: Date, timeZone: string): number {
  const p = partsIn(at, timeZone)
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return wall - (at.getTime() - at.getUTCMilliseconds())
}

/** The instant a local calendar date begins (its first existing minute on a DST-gap day). */
function startOfDate(year: number, month: number, day: number, timeZone: string): Date {
  const midnightAsUtc = Date.UTC(year, month - 1, day)
  // Two passes: the offset at a first guess, then at the corrected instant (they differ only
  // when a DST change falls between the two).
  let guess = midnightAsUtc - offsetAt(new Date(midnightAsUtc), timeZone)
  guess = midnightAsUtc - offsetAt(new Date(guess), timeZone)
  return new Date(guess)
}

/** The local calendar date of an instant, as YYYY-MM-DD. */
export function localDate(at: Date, timeZone: string): string {
  const p = partsIn(at, timeZone)
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
}

/** The local day containing `at`: [start, end). */
export function localDayBounds(at: Date, timeZone: string): { start: Date; end: Date } {
  const p = partsIn(at, timeZone)
  // Date.UTC normalises day + 1 across month and year ends.
  const next = new Date(Date.UTC(p.year, p.month - 1, p.day + 1))
  return {
    start: startOfDate(p.year, p.month, p.day, timeZone),
    end: startOfDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone),
  }
}
