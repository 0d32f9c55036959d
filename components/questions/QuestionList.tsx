import Link from 'next/link'
import { Card } from '@/components/ui/Card'
import { EmptyState } from '@/components/ui/EmptyState'
import { type QuestionMeta } from '@/lib/content'
import { questions as messages } from '@/lib/i18n/messages/questions'
import { type Locale } from '@/lib/i18n/locales'
import { QuestionFacts } from './QuestionFacts'
import styles from './QuestionList.module.css'

/** Question cards in the given locale; the whole card is one link target through its title. */
export function QuestionList({ items, locale }: { items: QuestionMeta[]; locale: Locale }) {
  if (items.length === 0) return <EmptyState message={messages[locale].listEmpty} />
  return (
    <ul className={styles.list}>
      {items.map((q) => (
        <Card as="li" key={q.slug}>
          <h2 className={styles.title}>
            <Link href={`/questions/${q.slug}`} className={styles.link}>
              {q.title[locale]}
            </Link>
          </h2>
          <p className={styles.summary}>{q.summary[locale]}</p>
          <QuestionFacts difficulty={q.difficulty} topics={q.topics} locale={locale} />
        </Card>
      ))}
    </ul>
  )
}
