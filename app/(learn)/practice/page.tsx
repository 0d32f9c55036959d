import { type Metadata } from 'next'
import { ComingSoon } from '@/components/layout/ComingSoon'
import { pages } from '@/lib/i18n/messages/pages'
import { getLocale } from '@/lib/server/locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: pages[await getLocale()].practiceTitle }
}

export default async function PracticePage() {
  return <ComingSoon area="practice" locale={await getLocale()} />
}
