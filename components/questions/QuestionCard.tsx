import { type ReactNode } from 'react'
import Link from 'next/link'
import { Card } from '@/components/ui/Card'
import { type Difficulty } from '@/lib/content/schema'
import { type Locale } from '@/lib/i18n/locales'
import { QuestionFacts } from './QuestionFacts'
import styles from './QuestionList.module.css'

/** One question in a list; the whole card is one link target through its title. */
export function QuestionCard({
  slug,
  title,
  summary,
  difficulty,
  topics,
  locale,
  status,
}: {
  slug: string
  title: string
  summary: string
  difficulty: Difficulty
  topics: string[]
  locale: Locale
  /** The learner's status badge, where the list knows it. */
  status?: ReactNode
}) {
  return (
    <Card as="li">
      <h2 className={styles.title}>
        <Link href={`/questions/${slug}`} className={styles.link}>
          {title}
        </Link>
      </h2>
      {status}
      <p className={styles.summary}>{summary}</p>
      <QuestionFacts difficulty={difficulty} topics={topics} locale={locale} />
    </Card>
  )
}
