import Link from 'next/link'
import { Button } from '@/components/ui/Button'
import { type Locale } from '@/lib/i18n/locales'
import { authMessages } from '@/lib/i18n/messages/auth'
import { signOutAction } from '@/lib/server/auth-actions'
import { auth } from '@/lib/server/auth'
import styles from './AuthForm.module.css'

/**
 * The header's account control (server component): a "Sign in" link when signed out; the user's
 * name or email and a "Sign out" button when signed in. Mount it as `<Header userMenu={…} />`.
 */
export async function UserMenu({ locale }: { locale: Locale }) {
  const t = authMessages[locale]
  const session = await auth()
  if (!session?.user) {
    return <Link href="/sign-in">{t.signInLink}</Link>
  }
  const who = session.user.name || session.user.email || ''
  return (
    <div className={styles.menu} role="group" aria-label={t.accountMenu}>
      <span className={styles.who} title={session.user.email ?? undefined}>
        <span className="visually-hidden">{t.signedInAs} </span>
        {who}
      </span>
      <form action={signOutAction}>
        <Button type="submit" variant="secondary">
          {t.signOut}
        </Button>
      </form>
    </div>
  )
}
