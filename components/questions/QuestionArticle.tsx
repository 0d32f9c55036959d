import Link from 'next/link'
import { type ReactNode } from 'react'
import { Quiz } from '@/components/quiz/Quiz'
import { type LoadedQuestion } from '@/lib/content'
import { author } from '@/lib/i18n/messages/author'
import { questions } from '@/lib/i18n/messages/questions'
import { QuestionFacts } from './QuestionFacts'
import styles from './QuestionArticle.module.css'

/**
 * A whole question page: heading, the MDX answer (evaluated by questionPageData, which turns MDX
 * errors into content problems), the quiz and further reading.
 */
export function QuestionArticle({ question, content }: { question: LoadedQuestion; content: ReactNode }) {
  const { locale, frontmatter: fm } = question
  const t = questions[locale]

  return (
    <article className={styles.article}>
      <header className={styles.header}>
        <Link href="/questions" className={styles.back}>
          ← {t.backToList}
        </Link>
        <h1 className={styles.title}>{fm.title}</h1>
        <p className={styles.summary}>{fm.summary}</p>
        <QuestionFacts difficulty={fm.difficulty} topics={fm.topics} locale={locale} />
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
    </article>
  )
}
