/** "In how long": the span a review button shows, as a number and a unit the UI translates. */

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year'

export interface Interval {
  readonly value: number
  readonly unit: IntervalUnit
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * The span from `now` to `due`, rounded to one unit the way flashcard apps show it: minutes under
 * an hour, hours under a day, days under a month, then months (30 d) and years (365 d, one
 * decimal). Never less than one minute: "now" on a button reads as a bug.
 */
export function intervalBetween(now: Date, due: Date): Interval {
  const ms = Math.max(due.getTime() - now.getTime(), 0)
  if (ms < HOUR) return { value: Math.max(1, Math.round(ms / MINUTE)), unit: 'minute' }
  if (ms < DAY) return { value: Math.round(ms / HOUR), unit: 'hour' }
  const days = ms / DAY
  if (days < 30) return { value: Math.round(days), unit: 'day' }
  if (days < 365) return { value: Math.round(days / 30), unit: 'month' }
  return { value: Math.round((days / 365) * 10) / 10, unit: 'year' }
}
