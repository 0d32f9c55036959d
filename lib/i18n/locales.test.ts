import { describe, expect, it } from 'vitest'
import { format } from './define'
import { negotiateLocale } from './locales'

describe('negotiateLocale', () => {
  it('falls back to English without a header', () => {
    expect(negotiateLocale(null)).toBe('en')
  })
  it('picks Chinese for any zh tag', () => {
    expect(negotiateLocale('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh')
    expect(negotiateLocale('zh-Hant-TW')).toBe('zh')
  })
  it('respects quality values over header order', () => {
    expect(negotiateLocale('en;q=0.5, zh;q=0.9')).toBe('zh')
  })
  it('skips unsupported languages and q=0', () => {
    expect(negotiateLocale('fr-FR, de;q=0.9, zh;q=0')).toBe('en')
    expect(negotiateLocale('ja, zh-TW;q=0.7')).toBe('zh')
  })
})

describe('format', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(format('{n} of {total} due', { n: 3 })).toBe('3 of {total} due')
  })
})
