'use server'

import { revalidatePath } from 'next/cache'
import { cookies } from 'next/headers'
import { z } from 'zod'
import { LOCALE_COOKIE, locales } from '@/lib/i18n/locales'

const ONE_YEAR = 60 * 60 * 24 * 365
const LocaleForm = z.object({ locale: z.enum(locales) })

/** Remembers the visitor's language in the `locale` cookie, which wins over Accept-Language from then on. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = LocaleForm.safeParse({ locale: formData.get('locale') })
  // The form only offers valid values; anything else is a forged post and changes nothing.
  if (!parsed.success) return
  ;(await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: '/',
    maxAge: ONE_YEAR,
    sameSite: 'lax',
  })
  // Every page renders UI strings, so the whole tree is stale.
  revalidatePath('/', 'layout')
}
