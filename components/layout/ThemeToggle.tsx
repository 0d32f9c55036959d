'use client'

import { useState, useSyncExternalStore } from 'react'
import styles from './Header.module.css'
import { THEME_COOKIE, type ThemePreference } from './theme-preference'

const DARK_QUERY = '(prefers-color-scheme: dark)'
const ONE_YEAR = 60 * 60 * 24 * 365

function subscribeToSystemTheme(onChange: () => void) {
  const query = window.matchMedia(DARK_QUERY)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

interface Props {
  /** The remembered choice from the cookie; null follows the system. */
  initial: ThemePreference | null
  labels: { toDark: string; toLight: string }
}

/** Flips between light and dark and remembers the choice in a cookie the server reads on the next request. */
export function ThemeToggle({ initial, labels }: Props) {
  const [preference, setPreference] = useState(initial)
  // The server cannot know the system theme; it assumes light until the browser says otherwise.
  const systemDark = useSyncExternalStore(
    subscribeToSystemTheme,
    () => window.matchMedia(DARK_QUERY).matches,
    () => false,
  )
  const dark = (preference ?? (systemDark ? 'dark' : 'light')) === 'dark'

  function toggle() {
    const next: ThemePreference = dark ? 'light' : 'dark'
    document.documentElement.dataset.theme = next
    document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=${ONE_YEAR}; samesite=lax${location.protocol === 'https:' ? '; secure' : ''}`
    setPreference(next)
  }

  const label = dark ? labels.toLight : labels.toDark
  return (
    <button type="button" className={styles.iconButton} onClick={toggle} aria-label={label} title={label}>
      {/* Both icons are rendered; CSS shows the one for the active theme, so nothing flashes before hydration. */}
      <svg className={styles.sun} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <circle cx="12" cy="12" r="4.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path
          d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
      <svg className={styles.moon} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <path
          d="M20.5 14.5A8.5 8.5 0 0 1 9.5 3.5a8.5 8.5 0 1 0 11 11Z"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      </svg>
    </button>
  )
}
