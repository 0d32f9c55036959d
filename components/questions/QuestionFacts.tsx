import { Badge } from '@/components/ui/Badge'
import { type Difficulty } from '@/lib/content/schema'
import { questions } from '@/lib/i18n/messages/questions'
import { type Locale } from '@/lib/i18n/locales'
import { DifficultyBadge } from './DifficultyBadge'
import styles from './QuestionList.module.css'

/** Difficulty and topics as one row of badges, used in lists and on the question page. */
export function QuestionFacts({
  difficulty,
  topics,
  locale,
}: {
  difficulty: Difficulty
  topics: string[]
  locale: Locale
}) {
  return (
    <div className={styles.facts}>
      <DifficultyBadge difficulty={difficulty} locale={locale} />
      <ul className={styles.topics} aria-label={questions[locale].topics}>
        {topics.map((topic) => (
          <li key={topic}>
            <Badge>{topic}</Badge>
          </li>
        ))}
      </ul>
    </div>
  )
}
