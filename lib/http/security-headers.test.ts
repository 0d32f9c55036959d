import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, createNonce, isHttps, securityHeaders } from './security-headers'

describe('security headers (issue 17)', () => {
  it('makes a new 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce))
    expect(nonces.size).toBe(100)
    expect(atob(createNonce())).toHaveLength(16)
  })

  it('allows scripts by nonce only, never eval in production, and forbids framing', () => {
    const csp = contentSecurityPolicy('abc')
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(contentSecurityPolicy('abc', { development: true })).toContain("'unsafe-eval'")
  })

  it('sends HSTS only in production over https', () => {
    expect(securityHeaders({ https: true, production: true })['Strict-Transport-Security']).toMatch(
      /max-age=31536000/,
    )
    expect(securityHeaders({ https: false, production: true })).not.toHaveProperty(
      'Strict-Transport-Security',
    )
    expect(securityHeaders({ https: true, production: false })).not.toHaveProperty(
      'Strict-Transport-Security',
    )
    expect(securityHeaders({ https: false, production: true })).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
  })

  it('trusts the scheme of the URL or of a forwarding proxy', () => {
    expect(isHttps(new URL('https://a.example/'), new Headers())).toBe(true)
    expect(isHttps(new URL('http://a.example/'), new Headers({ 'x-forwarded-proto': 'https' }))).toBe(true)
    expect(isHttps(new URL('http://a.example/'), new Headers({ 'x-forwarded-proto': 'http' }))).toBe(false)
  })
})
