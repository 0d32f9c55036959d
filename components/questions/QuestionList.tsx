import { EmptyState } from '@/components/ui/EmptyState'
import { type QuestionMeta } from '@/lib/content'
import { questions as messages } from '@/lib/i18n/messages/questions'
import { type Locale } from '@/lib/i18n/locales'
import { QuestionCard } from './QuestionCard'
import styles from './QuestionList.module.css'

/** Question cards in the given locale (the home page's list; /questions adds filters and statuses). */
export function QuestionList({ items, locale }: { items: QuestionMeta[]; locale: Locale }) {
  if (items.length === 0) return <EmptyState message={messages[locale].listEmpty} />
  return (
    <ul className={styles.list}>
      {items.map((q) => (
        <QuestionCard
          key={q.slug}
          slug={q.slug}
          title={q.title[locale]}
          summary={q.summary[locale]}
          difficulty={q.difficulty}
          topics={q.topics}
          locale={locale}
        />
      ))}
    </ul>
  )
}
