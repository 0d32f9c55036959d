import { ButtonLink } from '@/components/ui/ButtonLink'
import { PageHeader } from '@/components/ui/PageHeader'
import { errors } from '@/lib/i18n/messages/errors'
import { getLocale } from '@/lib/server/locale'
import styles from './not-found.module.css'

export async function generateMetadata() {
  return { title: errors[await getLocale()].notFoundTitle }
}

export default async function NotFound() {
  const t = errors[await getLocale()]
  return (
    <>
      <PageHeader title={t.notFoundTitle} lead={t.notFoundBody} />
      <div className={styles.actions}>
        <ButtonLink href="/questions">{t.notFoundQuestions}</ButtonLink>
        <ButtonLink href="/" variant="secondary">
          {t.notFoundHome}
        </ButtonLink>
      </div>
    </>
  )
}
