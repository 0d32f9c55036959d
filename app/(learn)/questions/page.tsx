import { type Metadata } from 'next'
import { QuestionFilters } from '@/components/questions/QuestionFilters'
import { QuestionResults } from '@/components/questions/QuestionResults'
import { PageHeader } from '@/components/ui/PageHeader'
import { loadQuestionIndex } from '@/lib/content'
import { loadQuestionBodies } from '@/lib/content/search-text'
import { locales } from '@/lib/i18n/locales'
import { questions } from '@/lib/i18n/messages/questions'
import { parseQuestionQuery } from '@/lib/practice/question-query'
import { filterQuestions, questionStatuses } from '@/lib/practice/question-status'
import { auth } from '@/lib/server/auth'
import { db } from '@/lib/server/db'
import { loadStudySettings } from '@/lib/server/db-settings'
import { loadCards } from '@/lib/server/db-study-queries'
import { getLocale } from '@/lib/server/locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: questions[await getLocale()].listTitle }
}

/** A signed-in learner's statuses, with days counted in their stored time zone (UTC until saved). */
async function accountStatuses(userId: string) {
  const [cards, settings] = await Promise.all([loadCards(db, userId), loadStudySettings(db, userId)])
  const states = new Map([...cards].map(([id, view]) => [id, view.card]))
  return Object.fromEntries(questionStatuses(states, new Date(), settings?.timeZone ?? 'UTC'))
}

export default async function QuestionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const [locale, index, bodies, session, params] = await Promise.all([
    getLocale(),
    loadQuestionIndex(),
    loadQuestionBodies(),
    auth(),
    searchParams,
  ])
  const t = questions[locale]
  const filter = parseQuestionQuery(params)
  const userId = session?.user?.id
  const statuses = userId ? await accountStatuses(userId) : null

  const listed = index.map((meta) => ({
    ...meta,
    text: Object.fromEntries(
      locales.map((l) => [
        l,
        { title: meta.title[l], summary: meta.summary[l], body: bodies.get(meta.id)?.[l] },
      ]),
    ),
  }))
  // A visitor's statuses live in their browser: QuestionResults applies that filter there.
  const matching = filterQuestions(listed, new Map(Object.entries(statuses ?? {})), {
    ...filter,
    status: statuses ? filter.status : undefined,
  })

  return (
    <>
      <PageHeader title={t.listTitle} lead={t.listLead} />
      <QuestionFilters filter={filter} topics={index.flatMap((q) => q.topics)} locale={locale} />
      <QuestionResults
        items={matching.map((q) => ({
          id: q.id,
          slug: q.slug,
          title: q.title[locale],
          summary: q.summary[locale],
          difficulty: q.difficulty,
          topics: q.topics,
        }))}
        total={index.length}
        statuses={statuses}
        wantedStatus={statuses ? undefined : filter.status}
        locale={locale}
      />
    </>
  )
}
