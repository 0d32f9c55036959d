import { type Metadata } from 'next'
import { ReviewSession } from '@/components/review/ReviewSession'
import { PageHeader } from '@/components/ui/PageHeader'
import { loadPracticeDeck } from '@/lib/content/practice-deck'
import { pages } from '@/lib/i18n/messages/pages'
import { review } from '@/lib/i18n/messages/review'
import { auth } from '@/lib/server/auth'
import { db } from '@/lib/server/db'
import { loadStudySettings } from '@/lib/server/db-settings'
import { accountProgress } from '@/lib/server/db-study-queries'
import { getLocale } from '@/lib/server/locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: pages[await getLocale()].reviewTitle }
}

export default async function ReviewPage() {
  const locale = await getLocale()
  const [deck, session] = await Promise.all([loadPracticeDeck(locale), auth()])
  const userId = session?.user?.id
  const [account, storedSettings] = userId
    ? await Promise.all([accountProgress(db, userId, new Date()), loadStudySettings(db, userId)])
    : [null, null]
  return (
    <>
      <PageHeader title={pages[locale].reviewTitle} lead={review[locale].lead} />
      <ReviewSession deck={deck} locale={locale} account={account} storedSettings={storedSettings} />
    </>
  )
}
