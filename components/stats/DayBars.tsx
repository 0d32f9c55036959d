import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { stats as messages } from '@/lib/i18n/messages/stats'
import { type DayCount } from '@/lib/practice/stats'
import styles from './stats.module.css'

/** A local calendar date (YYYY-MM-DD) as "Mar 10" / "3月10日". */
export function dayLabel(date: string, locale: Locale): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(locale === 'zh' ? 'zh-CN' : 'en-US', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  })
}

/**
 * A column per day, its height the day's share of the busiest day, with the number printed on it:
 * no chart library, and the values are text a screen reader reads as a list.
 */
export function DayBars({ days, caption, locale }: { days: DayCount[]; caption: string; locale: Locale }) {
  const max = days.reduce((m, d) => Math.max(m, d.count), 1)
  return (
    <figure className={styles.chart}>
      <figcaption>{caption}</figcaption>
      <ol className={styles.columns}>
        {days.map((d) => {
          const label = dayLabel(d.date, locale)
          return (
            <li key={d.date} aria-label={format(messages[locale].chartValue, { label, n: d.count })}>
              <span className={styles.value} aria-hidden="true">
                {d.count || ''}
              </span>
              <span className={styles.track}>
                <span className={styles.bar} style={{ blockSize: `${(d.count / max) * 100}%` }} />
              </span>
              <span className={styles.day} aria-hidden="true">
                {d.date.slice(8)}
              </span>
            </li>
          )
        })}
      </ol>
    </figure>
  )
}
