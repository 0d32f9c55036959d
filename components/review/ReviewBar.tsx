// The bar above the card: the topic filter, how many cards are due now, and undo.
import { Button } from '@/components/ui/Button'
import { topicLabel } from '@/lib/content/topics'
import { type Locale } from '@/lib/i18n/locales'
import { review } from '@/lib/i18n/messages/review'
import { type BucketCounts } from '@/lib/practice/queue'
import styles from './review.module.css'

export function ReviewBar({
  locale,
  topics,
  topic,
  onTopic,
  counts,
  canUndo,
  onUndo,
}: {
  locale: Locale
  topics: string[]
  topic: string
  onTopic: (topic: string) => void
  counts: BucketCounts
  canUndo: boolean
  onUndo: () => void
}) {
  const t = review[locale]
  return (
    <div className={styles.bar}>
      <label>
        {t.topic}{' '}
        <select value={topic} onChange={(e) => onTopic(e.target.value)}>
          <option value="">{t.allTopics}</option>
          {topics.map((x) => (
            <option key={x} value={x}>
              {topicLabel(x, locale)}
            </option>
          ))}
        </select>
      </label>
      <ul className={styles.counts} aria-label={t.dueCounts}>
        <li>
          {t.new}: <span data-testid="count-new">{counts.new}</span>
        </li>
        <li>
          {t.learning}: <span data-testid="count-learning">{counts.learning}</span>
        </li>
        <li>
          {t.reviewBucket}: <span data-testid="count-review">{counts.review}</span>
        </li>
      </ul>
      <Button variant="secondary" onClick={onUndo} disabled={!canUndo}>
        {t.undo}
      </Button>
    </div>
  )
}
