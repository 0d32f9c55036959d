import { type Metadata } from 'next'
import { notFound } from 'next/navigation'
import { QuestionArticle } from '@/components/questions/QuestionArticle'
import { loadQuestion, loadQuestionIndex } from '@/lib/content'
import { errors } from '@/lib/i18n/messages/errors'
import { getLocale } from '@/lib/server/locale'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await loadQuestionIndex()).map((q) => ({ slug: q.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getLocale()
  const question = await loadQuestion((await params).slug, locale)
  // Without a title here the 404 would inherit the home page's title.
  if (!question) return { title: errors[locale].notFoundTitle }
  return { title: question.frontmatter.title, description: question.frontmatter.summary }
}

export default async function QuestionPage({ params }: Props) {
  const question = await loadQuestion((await params).slug, await getLocale())
  if (!question) notFound()
  return <QuestionArticle question={question} />
}
