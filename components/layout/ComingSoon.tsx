import { pages } from '@/lib/i18n/messages/pages'
import { type Locale } from '@/lib/i18n/locales'
import { ButtonLink } from '@/components/ui/ButtonLink'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'

type Area = 'practice' | 'review' | 'stats' | 'playground'

/** The page body for a learning area that is still being built: a real title, a lead and a way on. */
export function ComingSoon({ area, locale }: { area: Area; locale: Locale }) {
  const t = pages[locale]
  return (
    <>
      <PageHeader title={t[`${area}Title`]} lead={t[`${area}Lead`]} />
      <EmptyState
        message={t.comingSoon}
        action={<ButtonLink href="/questions">{t.goToQuestions}</ButtonLink>}
      />
    </>
  )
}
