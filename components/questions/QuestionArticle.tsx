import Link from 'next/link'
import { evaluate } from 'next-mdx-remote-client/rsc'
import { mdxComponents } from '@/components/mdx/components'
import { Quiz } from '@/components/quiz/Quiz'
import { type LoadedQuestion } from '@/lib/content'
import { questions } from '@/lib/i18n/messages/questions'
import { QuestionFacts } from './QuestionFacts'
import styles from './QuestionArticle.module.css'

/** A whole question page: heading, the MDX answer, the quiz and further reading. */
export async function QuestionArticle({ question }: { question: LoadedQuestion }) {
  const { locale, frontmatter: fm } = question
  const t = questions[locale]
  const { content, error } = await evaluate({
    source: question.source,
    components: mdxComponents(locale),
    // Content is trusted, but questions are prose: no imports or exports, only the components above.
    options: { disableImports: true, disableExports: true },
  })
  if (error) throw new Error(`content/questions/${question.meta.slug}/${locale}.mdx: ${error.message}`)

  return (
    <article className={styles.article}>
      <header className={styles.header}>
        <Link href="/questions" className={styles.back}>
          ← {t.backToList}
        </Link>
        <h1 className={styles.title}>{fm.title}</h1>
        <p className={styles.summary}>{fm.summary}</p>
        <QuestionFacts difficulty={fm.difficulty} topics={fm.topics} locale={locale} />
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
