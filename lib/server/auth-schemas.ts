// The sign-up, sign-in and magic-link forms' input rules. Error messages are keys of
// lib/i18n/messages/auth.ts, so the form shows them in the reader's language.
import { z } from 'zod'
import { type AuthMessageKey } from '@/lib/i18n/messages/auth'
import { isCommonPassword } from './common-passwords'

const key = (k: AuthMessageKey) => ({ error: k })

// Lower-cased like Auth.js's email provider does, so each address maps to one user.
export const EmailInput = z
  .string(key('emailInvalid'))
  .trim()
  .toLowerCase()
  .pipe(z.email(key('emailInvalid')).max(254, key('emailInvalid')))

export const SignUpInput = z.object({
  name: z.string(key('nameRequired')).trim().min(1, key('nameRequired')).max(80, key('nameTooLong')),
  email: EmailInput,
  // NIST SP 800-63B §5.1.1.2: at least 8 characters and not on a list of common passwords. The
  // upper bound keeps a megabyte "password" from tying up the hasher.
  password: z
    .string(key('passwordTooShort'))
    .min(8, key('passwordTooShort'))
    .max(128, key('passwordTooLong'))
    .refine((password) => !isCommonPassword(password), key('passwordTooCommon')),
})

export const SignInInput = z.object({
  email: EmailInput,
  password: z
    .string(key('passwordRequired'))
    .min(1, key('passwordRequired'))
    .max(128, key('passwordRequired')),
})

export const MagicLinkInput = z.object({ email: EmailInput })

/** The first message key per field, ready for `fieldErrors` in a form state. */
export function fieldErrorKeys<T extends string>(error: z.ZodError): Partial<Record<T, AuthMessageKey>> {
  const errors: Partial<Record<T, AuthMessageKey>> = {}
  for (const issue of error.issues) {
    const field = issue.path[0] as T
    errors[field] ??= issue.message as AuthMessageKey
  }
  return errors
}

/** Where to go after signing in: only same-site paths, so a crafted link cannot send users away. */
export function safeRedirectPath(value: unknown, fallback = '/'): string {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  ) {
    return fallback
  }
  return value
}
