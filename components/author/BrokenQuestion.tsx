import { PageHeader } from '@/components/ui/PageHeader'
import { type ContentProblem } from '@/lib/content'
import { type Locale } from '@/lib/i18n/locales'
import { author } from '@/lib/i18n/messages/author'
import { ContentProblems } from './ContentProblems'

/** What an instructor sees instead of a question whose files are invalid (learners get a 404). */
export function BrokenQuestion({
  problems,
  locale,
}: {
  problems: readonly ContentProblem[]
  locale: Locale
}) {
  const t = author[locale]
  return (
    <section role="alert" aria-labelledby="broken-question">
      <PageHeader title={t.brokenTitle} lead={t.brokenLead} />
      <ContentProblems problems={problems} />
    </section>
  )
}
