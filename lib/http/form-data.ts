/**
 * A server action is a public endpoint: a forged call can pass any value where the form passes
 * FormData. Reading it through this turns such a call into an empty form, which the action's
 * schema then refuses like any other incomplete form, instead of a TypeError (a 500).
 */
export function formDataOrEmpty(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData()
}
