import { shell } from '@/lib/i18n/messages/shell'
import { type Locale } from '@/lib/i18n/locales'
import styles from './Header.module.css'

export function Footer({ locale }: { locale: Locale }) {
  return (
    <footer className={styles.footer}>
      <div className="container">{shell[locale].footer}</div>
    </footer>
  )
}
