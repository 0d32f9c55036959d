import { type Metadata } from 'next'
import Link from 'next/link'
import styles from '@/components/auth/AuthForm.module.css'
import { PageHeader } from '@/components/ui/PageHeader'
import { authMessages } from '@/lib/i18n/messages/auth'
import { getLocale } from '@/lib/server/locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: authMessages[await getLocale()].checkEmailTitle }
}

/** Where Auth.js sends the browser after a magic link was issued (pages.verifyRequest). */
export default async function CheckEmailPage() {
  const t = authMessages[await getLocale()]
  return (
    <>
      <PageHeader title={t.checkEmailTitle} lead={t.checkEmailLead} />
      <section className={styles.panel}>
        <p className={styles.lead}>{t.checkEmailLocalNote}</p>
        <Link href="/sign-in">{t.backToSignIn}</Link>
      </section>
    </>
  )
}
