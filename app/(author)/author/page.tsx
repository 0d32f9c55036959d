import { type Metadata } from 'next'
import Link from 'next/link'
import { ContentProblems } from '@/components/author/ContentProblems'
import { DevContentReload } from '@/components/author/DevContentReload'
import { requireAuthor } from '@/components/author/require-author'
import styles from '@/components/author/author.module.css'
import { Badge } from '@/components/ui/Badge'
import { PageHeader } from '@/components/ui/PageHeader'
import { checkQuestions } from '@/lib/content'
import { format } from '@/lib/i18n/define'
import { author } from '@/lib/i18n/messages/author'
import { getLocale } from '@/lib/server/locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: author[await getLocale()].title, robots: { index: false } }
}

/** Every question folder with the content check's verdict: the instructor's dashboard. */
export default async function AuthorPage() {
  await requireAuthor('/author')
  const locale = await getLocale()
  const t = author[locale]
  // The same full check as `npm run content:check` (MDX compiled, simulations run), so the page
  // and the command never disagree.
  const { folders } = await checkQuestions(undefined, { compileMdx: true })
  return (
    <>
      <DevContentReload />
      <PageHeader title={t.title} lead={t.lead}>
        <p>
          <code>{t.howTo}</code>
        </p>
      </PageHeader>
      {folders.length === 0 ? <p>{t.empty}</p> : null}
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t.columnQuestion}</th>
            <th scope="col">{t.columnStatus}</th>
          </tr>
        </thead>
        <tbody>
          {folders.map(({ slug, question, problems }) => (
            <tr key={slug} data-slug={slug}>
              <td>
                <Link href={`/author/${slug}`}>{question?.meta.title[locale] ?? slug}</Link>
                <span className={styles.slug}>content/questions/{slug}/</span>
              </td>
              <td>
                {problems.length ? (
                  <>
                    <Badge tone="danger">{format(t.problemCount, { count: problems.length })}</Badge>
                    <ContentProblems problems={problems} />
                  </>
                ) : (
                  <>
                    <Badge tone="success">{t.valid}</Badge>{' '}
                    {question?.meta.draft ? (
                      <Badge tone="warning">{t.draft}</Badge>
                    ) : (
                      <Badge>{t.published}</Badge>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
