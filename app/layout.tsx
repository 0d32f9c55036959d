import { type Metadata, type Viewport } from 'next'
import localFont from 'next/font/local'
import { type ReactNode } from 'react'
import { UserMenu } from '@/components/auth/UserMenu'
import { Footer } from '@/components/layout/Footer'
import { Header } from '@/components/layout/Header'
import { getThemePreference } from '@/components/layout/theme'
import { home } from '@/lib/i18n/messages/home'
import { shell } from '@/lib/i18n/messages/shell'
import { getLocale } from '@/lib/server/locale'
import './globals.css'

// Latin only: a CJK web font would weigh megabytes, so Chinese uses the platform faces (see globals.css).
// Neither preloaded nor swapped in late (issue #16): a preload put its 48.5 KB on the path to the
// first paint, and `swap` re-laid the text out when it came, moving the LCP. With `optional` a
// first visit shows the metric-matched fallback unless the font is there at once; it is cached
// for the next page.
const inter = localFont({
  src: '../fonts/inter-latin-wght-normal.woff2',
  weight: '100 900',
  display: 'optional',
  preload: false,
  variable: '--font-inter',
})

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale()
  return {
    title: { default: home[locale].metaTitle, template: `%s · ${shell[locale].siteName}` },
    description: home[locale].lead,
  }
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#111417' },
  ],
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, theme] = await Promise.all([getLocale(), getThemePreference()])
  return (
    <html lang={locale === 'zh' ? 'zh-CN' : 'en'} data-theme={theme ?? undefined} className={inter.variable}>
      <body>
        <a href="#main" className="skip-link">
          {shell[locale].skipToContent}
        </a>
        <Header locale={locale} theme={theme} userMenu={<UserMenu locale={locale} />} />
        <main id="main" tabIndex={-1} className="container">
          {children}
        </main>
        <Footer locale={locale} />
      </body>
    </html>
  )
}
