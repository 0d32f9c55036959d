import { type Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ContentProblems } from '@/components/author/ContentProblems'
import { DevContentReload } from '@/components/author/DevContentReload'
import { ExpectationsRunner } from '@/components/author/ExpectationsRunner'
import { requireAuthor } from '@/components/author/require-author'
import styles from '@/components/author/author.module.css'
import { QuestionArticle } from '@/components/questions/QuestionArticle'
import { questionPageData } from '@/components/questions/question-page-data'
import { checkQuestion } from '@/lib/content'
import { findEmbeds } from '@/lib/content/embeds'
import { author } from '@/lib/i18n/messages/author'
import { getLocale } from '@/lib/server/locale'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${author[await getLocale()].preview}: ${(await params).slug}`, robots: { index: false } }
}

/**
 * One question as an instructor sees it: the content check's problems with file and line, its
 * scenarios' expectations run in the browser, and the page as learners will see it, drafts
 * included. In development it reloads when a file is saved.
 */
export default async function AuthorPreviewPage({ params }: Props) {
  const { slug } = await params
  await requireAuthor(`/author/${slug}`)
  const locale = await getLocale()
  const checked = await checkQuestion(slug)
  if (!checked) notFound()
  const data = await questionPageData(slug, locale, true)
  const problems = checked.problems.length ? checked.problems : data.kind === 'broken' ? data.problems : []
  const scenarioIds =
    data.kind === 'ready'
      ? await scenariosOf(data.question.source, data.question.frontmatter.simulation?.scenario)
      : []
  const t = author[locale]
  return (
    <>
      <DevContentReload />
      <p>
        <Link href="/author">← {t.backToAuthor}</Link>
      </p>
      {problems.length ? (
        <section role="alert" aria-labelledby="problems-heading" className={styles.notice}>
          <h2 id="problems-heading">{t.brokenTitle}</h2>
          <p>{t.brokenLead}</p>
          <ContentProblems problems={problems} />
        </section>
      ) : null}
      {scenarioIds.length ? <ExpectationsRunner scenarioIds={scenarioIds} locale={locale} /> : null}
      {data.kind === 'ready' ? <QuestionArticle question={data.question} content={data.content} /> : null}
    </>
  )
}

/** The scenario the frontmatter declares and every one the body embeds, each once. */
async function scenariosOf(body: string, declared: string | undefined): Promise<string[]> {
  const embeds = await findEmbeds(body, 1, 'Simulation').catch(() => [])
  const ids = embeds.map((e) => e.props.scenario).filter((id): id is string => typeof id === 'string')
  return [...new Set([...(declared ? [declared] : []), ...ids])]
}
