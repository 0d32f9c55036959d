import 'server-only'
import { cookies } from 'next/headers'
import { parseThemePreference, THEME_COOKIE, type ThemePreference } from './theme-preference'

/**
 * The remembered theme, read on the server so <html data-theme> is right in the first byte:
 * that is what keeps a dark-mode visitor from seeing a white flash before any script runs.
 */
export async function getThemePreference(): Promise<ThemePreference | null> {
  return parseThemePreference((await cookies()).get(THEME_COOKIE)?.value)
}
