import { type Locale } from './locales'

/**
 * Declares one namespace of UI strings in every locale. The Chinese table must have exactly the
 * English keys, so a missing translation is a type error rather than a blank on the page.
 */
export function defineMessages<T extends Record<string, string>>(messages: {
  en: T
  zh: { [K in keyof T]: string }
}): Record<Locale, { [K in keyof T]: string }> {
  return messages
}

/** Fills `{name}` placeholders: format('Hello {name}', { name: 'Ada' }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}
