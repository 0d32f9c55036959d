import { describe, expect, it } from 'vitest'
import { localDate, localDayBounds } from './day'

const iso = (d: Date) => d.toISOString()

describe('local days', () => {
  it('begin at local midnight in the learner’s own time zone', () => {
    const at = new Date('2026-03-10T20:00:00Z') // 04:00 on the 11th in Shanghai, 16:00 on the 10th in New York
    expect(localDate(at, 'Asia/Shanghai')).toBe('2026-03-11')
    expect(localDate(at, 'America/New_York')).toBe('2026-03-10')
    expect(iso(localDayBounds(at, 'Asia/Shanghai').start)).toBe('2026-03-10T16:00:00.000Z')
    expect(iso(localDayBounds(at, 'Asia/Shanghai').end)).toBe('2026-03-11T16:00:00.000Z')
    expect(iso(localDayBounds(at, 'UTC').end)).toBe('2026-03-11T00:00:00.000Z')
  })

  it('are 23 hours long when daylight saving starts and 25 when it ends', () => {
    const spring = localDayBounds(new Date('2026-03-08T12:00:00Z'), 'America/New_York')
    expect(iso(spring.start)).toBe('2026-03-08T05:00:00.000Z')
    expect(iso(spring.end)).toBe('2026-03-09T04:00:00.000Z')
    const autumn = localDayBounds(new Date('2026-11-01T12:00:00Z'), 'America/New_York')
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(25 * 3_600_000)
  })

  it('roll over month and year ends', () => {
    const { start, end } = localDayBounds(new Date('2026-12-31T23:30:00+01:00'), 'Europe/Berlin')
    expect(iso(start)).toBe('2026-12-30T23:00:00.000Z')
    expect(iso(end)).toBe('2026-12-31T23:00:00.000Z')
  })

  it('handle zones with half-hour offsets', () => {
    expect(iso(localDayBounds(new Date('2026-06-01T00:00:00Z'), 'Asia/Kolkata').end)).toBe(
      '2026-06-01T18:30:00.000Z',
    )
  })
})
