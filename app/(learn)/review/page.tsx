import { type Metadata } from 'next'
import { ComingSoon } from '@/components/layout/ComingSoon'
import { pages } from '@/lib/i18n/messages/pages'
import { getLocale } from '@/lib/server/locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: pages[await getLocale()].reviewTitle }
}

export default async function ReviewPage() {
  return <ComingSoon area="review" locale={await getLocale()} />
}
