// Shown instead of a card when nothing is due: when to come back, in the learner's time zone.
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { review } from '@/lib/i18n/messages/review'
import styles from './review.module.css'

export function EmptyQueue({
  locale,
  nextDue,
  timeZone,
}: {
  locale: Locale
  nextDue?: Date
  timeZone: string
}) {
  const t = review[locale]
  return (
    <section className={styles.card} aria-label={t.emptyTitle}>
      <h2>{t.emptyTitle}</h2>
      <p>
        {nextDue
          ? format(t.comeBack, {
              when: nextDue.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', { timeZone }),
            })
          : t.comeBackLater}
      </p>
    </section>
  )
}
