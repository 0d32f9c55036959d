import { type Metadata } from 'next'
import { Playground } from '@/components/playground/Playground'
import { PageHeader } from '@/components/ui/PageHeader'
import { pages } from '@/lib/i18n/messages/pages'
import { openLink } from '@/lib/playground/open-link'
import { getLocale } from '@/lib/server/locale'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: pages[await getLocale()].playgroundTitle }
}

export default async function PlaygroundPage({ searchParams }: Props) {
  const locale = await getLocale()
  const params = await searchParams
  const opening = await openLink(params)
  const t = pages[locale]
  return (
    <>
      <PageHeader title={t.playgroundTitle} lead={t.playgroundLead} />
      {/* A new link is a new playground: remount rather than carry the old draft over. */}
      <Playground key={typeof params.s === 'string' ? params.s : ''} locale={locale} opening={opening} />
    </>
  )
}
