import { setLocale } from '@/app/actions/locale'
import { type Locale } from '@/lib/i18n/locales'
import styles from './Header.module.css'

// Each language is named in itself, so a reader who cannot read the current UI still finds theirs.
const names: Record<Locale, { label: string; lang: string }> = {
  en: { label: 'English', lang: 'en' },
  zh: { label: '中文', lang: 'zh-CN' },
}

/** A plain form posting to a server action: it works before hydration and without JavaScript. */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  return (
    <form action={setLocale}>
      <div role="group" aria-label={label} className={styles.segmented}>
        {(Object.keys(names) as Locale[]).map((code) => (
          <button
            key={code}
            type="submit"
            name="locale"
            value={code}
            lang={names[code].lang}
            aria-pressed={code === locale}
            className={styles.segment}
          >
            {names[code].label}
          </button>
        ))}
      </div>
    </form>
  )
}
