import 'server-only'
import { cookies, headers } from 'next/headers'
import { LOCALE_COOKIE, isLocale, negotiateLocale, type Locale } from '@/lib/i18n/locales'

/** The request's UI language: the remembered choice, else the browser's Accept-Language. */
export async function getLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value
  if (isLocale(chosen)) return chosen
  return negotiateLocale((await headers()).get('accept-language'))
}
