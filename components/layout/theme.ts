import 'server-only'
import { cookies } from 'next/headers'
import { z } from 'zod'
import { THEME_COOKIE, THEME_PREFERENCES, type ThemePreference } from './theme-preference'

const ThemePreferenceSchema = z.enum(THEME_PREFERENCES)

/** Reads a cookie value; anything unexpected means "follow the system". */
export function parseThemePreference(value: string | undefined): ThemePreference | null {
  const parsed = ThemePreferenceSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

/**
 * The remembered theme, read on the server so <html data-theme> is right in the first byte:
 * that is what keeps a dark-mode visitor from seeing a white flash before any script runs.
 */
export async function getThemePreference(): Promise<ThemePreference | null> {
  return parseThemePreference((await cookies()).get(THEME_COOKIE)?.value)
}
