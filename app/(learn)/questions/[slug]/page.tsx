import { type Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BrokenQuestion } from '@/components/author/BrokenQuestion'
import { DevContentReload } from '@/components/author/DevContentReload'
import { QuestionArticle } from '@/components/questions/QuestionArticle'
import { questionPageData } from '@/components/questions/question-page-data'
import { draftsVisible, loadQuestionIndex } from '@/lib/content'
import { author } from '@/lib/i18n/messages/author'
import { errors } from '@/lib/i18n/messages/errors'
import { getLocale } from '@/lib/server/locale'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await loadQuestionIndex()).map((q) => ({ slug: q.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getLocale()
  const data = await questionPageData((await params).slug, locale)
  if (data.kind === 'ready')
    return { title: data.question.frontmatter.title, description: data.question.frontmatter.summary }
  // Without a title here the 404 would inherit the home page's title.
  return {
    title:
      data.kind === 'broken' && draftsVisible() ? author[locale].brokenTitle : errors[locale].notFoundTitle,
  }
}

export default async function QuestionPage({ params }: Props) {
  const locale = await getLocale()
  const data = await questionPageData((await params).slug, locale)
  if (data.kind === 'missing') notFound()
  // A broken file is the author's to see: in development its problems, in production a 404 like
  // any page that is not there (instructors read the same problems on /author).
  if (data.kind === 'broken' && !draftsVisible()) notFound()
  return (
    <>
      <DevContentReload />
      {data.kind === 'broken' ? (
        <BrokenQuestion problems={data.problems} locale={locale} />
      ) : (
        <QuestionArticle question={data.question} content={data.content} />
      )}
    </>
  )
}
