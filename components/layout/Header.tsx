import Link from 'next/link'
import { type ReactNode } from 'react'
import { shell } from '@/lib/i18n/messages/shell'
import { type Locale } from '@/lib/i18n/locales'
import styles from './Header.module.css'
import { LanguageSwitch } from './LanguageSwitch'
import { NavLinks } from './NavLinks'
import { ThemeToggle } from './ThemeToggle'
import { type ThemePreference } from './theme-preference'

interface Props {
  locale: Locale
  theme: ThemePreference | null
  /** The account control, supplied by the layout so this component stays free of auth concerns. */
  userMenu?: ReactNode
}

export function Header({ locale, theme, userMenu }: Props) {
  const t = shell[locale]
  const items = [
    { href: '/questions', label: t.navQuestions },
    { href: '/practice', label: t.navPractice },
    { href: '/review', label: t.navReview },
    { href: '/stats', label: t.navStats },
    { href: '/playground', label: t.navPlayground },
  ]
  return (
    <header className={styles.header}>
      <div className={`container ${styles.bar}`}>
        <Link href="/" className={styles.brand}>
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" className={styles.logo}>
            <path
              d="M3 8h13l-3-3M21 16H8l3 3"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span>{t.siteName}</span>
        </Link>
        <NavLinks items={items} label={t.mainNav} />
        <div className={styles.controls}>
          <LanguageSwitch locale={locale} label={t.language} />
          <ThemeToggle initial={theme} labels={{ toDark: t.themeToDark, toLight: t.themeToLight }} />
          {userMenu}
        </div>
      </div>
    </header>
  )
}
