import { type Metadata } from 'next'
import { QuestionList } from '@/components/questions/QuestionList'
import { PageHeader } from '@/components/ui/PageHeader'
import { loadQuestionIndex } from '@/lib/content'
import { questions } from '@/lib/i18n/messages/questions'
import { getLocale } from '@/lib/server/locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: questions[await getLocale()].listTitle }
}

export default async function QuestionsPage() {
  const [locale, index] = await Promise.all([getLocale(), loadQuestionIndex()])
  const t = questions[locale]
  return (
    <>
      <PageHeader title={t.listTitle} lead={t.listLead} />
      <QuestionList items={index} locale={locale} />
    </>
  )
}
