// The due counts per topic, as a table under the card.
import { topicLabel } from '@/lib/content/topics'
import { type Locale } from '@/lib/i18n/locales'
import { review } from '@/lib/i18n/messages/review'
import { type BucketCounts } from '@/lib/practice/queue'
import styles from './review.module.css'

export function TopicCounts({
  locale,
  perTopic,
}: {
  locale: Locale
  perTopic: Record<string, BucketCounts>
}) {
  const t = review[locale]
  return (
    <table className={styles.topicTable}>
      <caption className={styles.kind}>{t.dueCounts}</caption>
      <thead>
        <tr>
          <th scope="col">{t.topic}</th>
          <th scope="col">{t.new}</th>
          <th scope="col">{t.learning}</th>
          <th scope="col">{t.reviewBucket}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(perTopic).map(([x, c]) => (
          <tr key={x}>
            <th scope="row">{topicLabel(x, locale)}</th>
            <td>{c.new}</td>
            <td>{c.learning}</td>
            <td>{c.review}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
