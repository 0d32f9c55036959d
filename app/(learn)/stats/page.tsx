import { type Metadata } from 'next'
import { ComingSoon } from '@/components/layout/ComingSoon'
import { pages } from '@/lib/i18n/messages/pages'
import { getLocale } from '@/lib/server/locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: pages[await getLocale()].statsTitle }
}

export default async function StatsPage() {
  return <ComingSoon area="stats" locale={await getLocale()} />
}
