import { z } from 'zod'

/** The cookie that remembers an explicit light/dark choice; without it the page follows the system. */
export const THEME_COOKIE = 'theme'

export const ThemePreference = z.enum(['light', 'dark'])
export type ThemePreference = z.infer<typeof ThemePreference>

/** Reads a cookie value; anything unexpected means "follow the system". */
export function parseThemePreference(value: string | undefined): ThemePreference | null {
  const parsed = ThemePreference.safeParse(value)
  return parsed.success ? parsed.data : null
}
