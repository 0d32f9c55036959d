import { type Metadata } from 'next'
import { PracticeSession } from '@/components/practice/PracticeSession'
import { PageHeader } from '@/components/ui/PageHeader'
import { loadPracticeDeck } from '@/lib/content/practice-deck'
import { pages } from '@/lib/i18n/messages/pages'
import { auth } from '@/lib/server/auth'
import { db } from '@/lib/server/db'
import { loadCards } from '@/lib/server/db-study-queries'
import { getLocale } from '@/lib/server/locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: pages[await getLocale()].practiceTitle }
}

export default async function PracticePage() {
  const locale = await getLocale()
  const [deck, session] = await Promise.all([loadPracticeDeck(locale), auth()])
  const userId = session?.user?.id
  const held = userId ? Object.fromEntries(await loadCards(db, userId)) : {}
  return (
    <>
      <PageHeader title={pages[locale].practiceTitle} lead={pages[locale].practiceLead} />
      <PracticeSession deck={deck} locale={locale} held={held} signedIn={Boolean(userId)} />
    </>
  )
}
