import { type AuthMessageKey } from '@/lib/i18n/messages/auth'

/**
 * What an auth form's server action returns: message keys (shown in the reader's language) and
 * the values typed, so the form can show them again. Passwords are never sent back.
 */
export type AuthFormState<Field extends string = string> = {
  fieldErrors: Partial<Record<Field, AuthMessageKey>>
  formError?: AuthMessageKey
  values: Partial<Record<Field, string>>
}

export const initialAuthFormState: AuthFormState = { fieldErrors: {}, values: {} }

/** The typed text of the given fields (never the password), for redisplay after an error. */
export function typedValues<F extends string>(formData: FormData, fields: F[]): Partial<Record<F, string>> {
  const values: Partial<Record<F, string>> = {}
  for (const field of fields) {
    const value = formData.get(field)
    if (typeof value === 'string') values[field] = value
  }
  return values
}
