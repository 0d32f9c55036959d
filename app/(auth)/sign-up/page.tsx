import { type Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import styles from '@/components/auth/AuthForm.module.css'
import { SignUpForm } from '@/components/auth/SignUpForm'
import { PageHeader } from '@/components/ui/PageHeader'
import { authMessages } from '@/lib/i18n/messages/auth'
import { auth } from '@/lib/server/auth'
import { safeRedirectPath } from '@/lib/server/auth-schemas'
import { getLocale } from '@/lib/server/locale'

export async function generateMetadata(): Promise<Metadata> {
  return { title: authMessages[await getLocale()].signUpTitle }
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>
}) {
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl)
  if ((await auth())?.user) redirect(callbackUrl)

  const t = authMessages[await getLocale()]
  return (
    <>
      <PageHeader title={t.signUpTitle} lead={t.signUpLead} />
      <section className={styles.panel}>
        <SignUpForm t={t} callbackUrl={callbackUrl} />
        <p className={styles.switch}>
          {t.haveAccount} <Link href="/sign-in">{t.signInLink}</Link>
        </p>
      </section>
    </>
  )
}
