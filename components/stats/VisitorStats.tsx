'use client'
// A visitor's /stats, computed in the browser from the progress it keeps (there is nothing on the
// server to read). Quiz answers are not kept for visitors, so that section only invites sign-up.
import { useEffect, useState } from 'react'
import { type Locale } from '@/lib/i18n/locales'
import { computeStats, type Stats, type StatsCard } from '@/lib/practice/stats'
import { readVisitorFacts } from '@/lib/practice/visitor-facts'
import { VISITOR_PROGRESS_KEY } from '@/lib/practice/visitor-progress-key'
import { StatsView } from './StatsView'

export function VisitorStats({ deck, locale }: { deck: StatsCard[]; locale: Locale }) {
  const [computed, setComputed] = useState<{ stats: Stats; timeZone: string } | null>(null)
  useEffect(() => {
    const { cards, reviews } = readVisitorFacts(localStorage.getItem(VISITOR_PROGRESS_KEY))
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
    setComputed({
      stats: computeStats({ now: new Date(), timeZone, deck, cards, reviews, quiz: [] }),
      timeZone,
    })
  }, [deck])
  if (!computed) return <p aria-busy="true">…</p>
  return <StatsView stats={computed.stats} timeZone={computed.timeZone} locale={locale} signedIn={false} />
}
