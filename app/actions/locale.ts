'use server'

import { revalidatePath } from 'next/cache'
import { cookies, headers } from 'next/headers'
import { z } from 'zod'
import { formDataOrEmpty } from '@/lib/http/form-data'
import { LOCALE_COOKIE, locales } from '@/lib/i18n/locales'

const ONE_YEAR = 60 * 60 * 24 * 365
const LocaleForm = z.object({ locale: z.enum(locales) })

/** Remembers the visitor's language in the `locale` cookie, which wins over Accept-Language from then on. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = LocaleForm.safeParse({ locale: formDataOrEmpty(formData).get('locale') })
  // The form only offers valid values; anything else is a forged post and changes nothing.
  if (!parsed.success) return
  ;(await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: '/',
    maxAge: ONE_YEAR,
    sameSite: 'lax',
    // Over https the cookie must never travel in clear; Next sets X-Forwarded-Proto for us.
    secure: (await headers()).get('x-forwarded-proto') === 'https',
  })
  // Every page renders UI strings, so the whole tree is stale.
  revalidatePath('/', 'layout')
}
