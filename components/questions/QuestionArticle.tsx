import Link from 'next/link'
import { type ReactNode } from 'react'
import { Quiz } from '@/components/quiz/Quiz'
import { type LoadedQuestion } from '@/lib/content'
import { format } from '@/lib/i18n/define'
import { author } from '@/lib/i18n/messages/author'
import { questionPane } from '@/lib/i18n/messages/question-pane'
import { questions } from '@/lib/i18n/messages/questions'
import { simMessages } from '@/lib/i18n/messages/sim'
import { SimulationPane } from './pane/SimulationPane'
import { QuestionFacts } from './QuestionFacts'
import { simulationAnchors } from './simulation-anchors'
import styles from './QuestionArticle.module.css'

/**
 * A whole question page: heading, the MDX answer (evaluated by questionPageData, which turns MDX
 * errors into content problems), the quiz and further reading. When the answer places simulations,
 * wide screens get them in a sticky pane beside the text, and phones a "Simulate" link to the first.
 */
export async function QuestionArticle({
  question,
  content,
}: {
  question: LoadedQuestion
  content: ReactNode
}) {
  const { locale, frontmatter: fm } = question
  const t = questions[locale]
  const p = questionPane[locale]
  const anchors = await simulationAnchors(question)

  return (
    <article className={anchors.length > 0 ? `${styles.article} ${styles.withPane}` : styles.article}>
      <div className={styles.text}>
        <header className={styles.header}>
          <Link href="/questions" className={styles.back}>
            ← {t.backToList}
          </Link>
          <h1 className={styles.title}>{fm.title}</h1>
          <p className={styles.summary}>{fm.summary}</p>
          <QuestionFacts difficulty={fm.difficulty} topics={fm.topics} locale={locale} />
          {anchors.length > 0 ? (
            <p className={styles.simulate}>
              <a href={`#${anchors[0]}`}>
                <span aria-hidden="true">▶ </span>
                {p.simulate}
              </a>
              {anchors.length > 1 ? (
                <span className={styles.simulateCount}>
                  {format(p.simulateCount, { count: anchors.length })}
                </span>
              ) : null}
            </p>
          ) : null}
          {fm.draft ? (
            <p className={styles.draft} role="note">
              {author[locale].draftNotice}
            </p>
          ) : null}
        </header>

        <div className="prose">{content}</div>

        <section aria-labelledby="quiz-heading" className={styles.section}>
          <h2 id="quiz-heading">{t.checkYourself}</h2>
          <Quiz items={fm.quiz} locale={locale} />
        </section>

        <section aria-labelledby="sources-heading" className={styles.section}>
          <h2 id="sources-heading">{t.furtherReading}</h2>
          <ul className={styles.sources}>
            {fm.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} rel="noreferrer">
                  {source.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {anchors.length > 0 ? (
        <SimulationPane
          labels={{
            heading: p.heading,
            chooser: p.chooser,
            task: simMessages[locale].task,
            loading: simMessages[locale].loading,
          }}
        />
      ) : null}
    </article>
  )
}
