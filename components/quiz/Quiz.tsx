import { type QuizItem } from '@/lib/content/schema'
import { format } from '@/lib/i18n/define'
import { quiz } from '@/lib/i18n/messages/quiz'
import { type Locale } from '@/lib/i18n/locales'
import { OrderingQuestion } from './OrderingQuestion'
import { QuizQuestion } from './QuizQuestion'
import styles from './Quiz.module.css'

/** The question's quiz items from frontmatter (multiple choice and ordering), each checked on its own. */
export function Quiz({ items, locale }: { items: QuizItem[]; locale: Locale }) {
  const t = quiz[locale]
  const heading = (i: number) =>
    items.length > 1 ? format(t.question, { n: i + 1, total: items.length }) : undefined
  const choiceLabels = {
    check: t.check,
    tryAgain: t.tryAgain,
    chooseFirst: t.chooseFirst,
    correct: t.correct,
    incorrect: t.incorrect,
    correctAnswer: t.correctAnswer,
    yourAnswer: t.yourAnswer,
  }
  const orderingLabels = {
    check: t.check,
    tryAgain: t.tryAgain,
    correct: t.correct,
    incorrect: t.incorrect,
    orderHint: t.orderHint,
    moveUp: t.moveUp,
    moveDown: t.moveDown,
    placedRight: t.placedRight,
    rightOrder: t.rightOrder,
  }
  return (
    <ol className={styles.quiz}>
      {items.map((item, i) => (
        <li key={item.id}>
          {item.kind === 'ordering' ? (
            <OrderingQuestion item={item} heading={heading(i)} labels={orderingLabels} />
          ) : (
            <QuizQuestion item={item} heading={heading(i)} labels={choiceLabels} />
          )}
        </li>
      ))}
    </ol>
  )
}
