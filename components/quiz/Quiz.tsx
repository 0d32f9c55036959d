import { type QuizItem } from '@/lib/content/schema'
import { format } from '@/lib/i18n/define'
import { quiz } from '@/lib/i18n/messages/quiz'
import { type Locale } from '@/lib/i18n/locales'
import { QuizQuestion } from './QuizQuestion'
import styles from './Quiz.module.css'

/** The question's multiple-choice items from frontmatter, each checked on its own. */
export function Quiz({ items, locale }: { items: QuizItem[]; locale: Locale }) {
  const t = quiz[locale]
  return (
    <ol className={styles.quiz}>
      {items.map((item, i) => (
        <li key={item.id}>
          <QuizQuestion
            item={item}
            heading={items.length > 1 ? format(t.question, { n: i + 1, total: items.length }) : undefined}
            labels={{
              check: t.check,
              tryAgain: t.tryAgain,
              chooseFirst: t.chooseFirst,
              correct: t.correct,
              incorrect: t.incorrect,
              correctAnswer: t.correctAnswer,
              yourAnswer: t.yourAnswer,
            }}
          />
        </li>
      ))}
    </ol>
  )
}
