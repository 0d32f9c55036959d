import { type Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import styles from '@/components/auth/AuthForm.module.css'
import { FormAlert } from '@/components/auth/FormAlert'
import { GitHubSignIn } from '@/components/auth/GitHubSignIn'
import { MagicLinkForm } from '@/components/auth/MagicLinkForm'
import { SignInForm } from '@/components/auth/SignInForm'
import { PageHeader } from '@/components/ui/PageHeader'
import { authMessages } from '@/lib/i18n/messages/auth'
import { auth, signInMethods } from '@/lib/server/auth'
import { safeRedirectPath } from '@/lib/server/auth-schemas'
import { getLocale } from '@/lib/server/locale'

type SearchParams = Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>

export async function generateMetadata(): Promise<Metadata> {
  return { title: authMessages[await getLocale()].signInTitle }
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl: rawCallback, error } = await searchParams
  const callbackUrl = safeRedirectPath(rawCallback)
  if ((await auth())?.user) redirect(callbackUrl)

  const t = authMessages[await getLocale()]
  // Auth.js sends failed magic links and OAuth attempts back here with ?error=<type>.
  const errorMessage = error ? (error === 'Verification' ? t.errorVerification : t.errorGeneric) : undefined
  const signUpHref =
    callbackUrl === '/' ? '/sign-up' : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`

  return (
    <>
      <PageHeader title={t.signInTitle} lead={t.signInLead} />
      {errorMessage ? <FormAlert message={errorMessage} /> : null}
      <section className={styles.panel}>
        <SignInForm t={t} callbackUrl={callbackUrl} />
        <p className={styles.switch}>
          {t.noAccount} <Link href={signUpHref}>{t.createAccountLink}</Link>
        </p>
      </section>
      {signInMethods.magicLink ? (
        <section className={styles.panel} aria-labelledby="magic-link-heading">
          <h2 id="magic-link-heading" className={styles.heading}>
            {t.magicLinkTitle}
          </h2>
          <p className={styles.lead}>{t.magicLinkLead}</p>
          <MagicLinkForm t={t} callbackUrl={callbackUrl} />
        </section>
      ) : null}
      {signInMethods.github ? (
        <section className={styles.panel}>
          <GitHubSignIn label={t.githubSubmit} callbackUrl={callbackUrl} />
        </section>
      ) : null}
    </>
  )
}
