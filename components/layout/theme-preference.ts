/**
 * Names shared by the server, which reads the theme cookie, and the client toggle, which writes
 * it. Deliberately free of zod: the toggle is in every page's first load, and one `z.enum` here
 * would ship all of zod (~30 KiB gzip) to every visitor (issue #16). The cookie is parsed on the
 * server, in theme.ts.
 */

/** The cookie that remembers an explicit light/dark choice; without it the page follows the system. */
export const THEME_COOKIE = 'theme'

export const THEME_PREFERENCES = ['light', 'dark'] as const
export type ThemePreference = (typeof THEME_PREFERENCES)[number]
