import { type Metadata } from 'next'
import { StatsView } from '@/components/stats/StatsView'
import { VisitorStats } from '@/components/stats/VisitorStats'
import { ButtonLink } from '@/components/ui/ButtonLink'
import { PageHeader } from '@/components/ui/PageHeader'
import { loadPracticeDeck } from '@/lib/content/practice-deck'
import { pages } from '@/lib/i18n/messages/pages'
import { stats as messages } from '@/lib/i18n/messages/stats'
import { computeStats } from '@/lib/practice/stats'
import { auth } from '@/lib/server/auth'
import { db } from '@/lib/server/db'
import { loadStudySettings } from '@/lib/server/db-settings'
import { loadStatsRecords } from '@/lib/server/db-stats'
import { getLocale } from '@/lib/server/locale'
import styles from '@/components/stats/stats.module.css'

export async function generateMetadata(): Promise<Metadata> {
  return { title: pages[await getLocale()].statsTitle }
}

export default async function StatsPage() {
  const [locale, session] = await Promise.all([getLocale(), auth()])
  const deck = (await loadPracticeDeck(locale)).map((e) => ({ id: e.card.id, topics: e.card.topics }))
  const userId = session?.user?.id
  const t = messages[locale]
  const header = <PageHeader title={pages[locale].statsTitle} lead={pages[locale].statsLead} />

  if (!userId)
    return (
      <>
        {header}
        <aside className={styles.invite}>
          <p>{t.visitorNote}</p>
          <ButtonLink href="/sign-up">{t.signUp}</ButtonLink>
        </aside>
        <VisitorStats deck={deck} locale={locale} />
      </>
    )

  const now = new Date()
  const [records, settings] = await Promise.all([
    loadStatsRecords(db, userId, now),
    loadStudySettings(db, userId),
  ])
  const timeZone = settings?.timeZone ?? 'UTC'
  return (
    <>
      {header}
      <StatsView
        stats={computeStats({ now, timeZone, deck, ...records })}
        timeZone={timeZone}
        locale={locale}
        signedIn
      />
    </>
  )
}
