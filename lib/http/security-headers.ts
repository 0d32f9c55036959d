// The response headers every page and route carries. Built per request because the script nonce
// is new each time; see proxy.ts for where they are applied and
// docs/decisions/009-request-guard-and-csp.md for why.

/** A fresh, unguessable nonce for one response's inline scripts and styles (128 bits). */
export function createNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

/**
 * The Content-Security-Policy. Scripts run only with this response's nonce ('strict-dynamic' lets
 * Next's own loader add its chunks); there is no 'unsafe-eval' outside `next dev`, which needs it
 * for React's error overlays. Style *attributes* stay allowed: React writes a few (list spacers,
 * key swatches) and an attribute cannot run script or load anything outside img-src/font-src.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    // data: for the language switch's two-glyph fallback face (components/layout/Header.module.css),
    // inlined so a browser without a CJK font draws 中文 without a request.
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** One year, the value the HSTS preload list asks for (hstspreload.org). */
const HSTS_MAX_AGE = 60 * 60 * 24 * 365

/** Headers for every response; HSTS only when the request really came over https in production. */
export function securityHeaders({ https, production }: { https: boolean; production: boolean }) {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // For browsers that predate CSP's frame-ancestors.
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  }
  if (https && production) headers['Strict-Transport-Security'] = `max-age=${HSTS_MAX_AGE}; includeSubDomains`
  return headers
}

/**
 * Whether the visitor reached us over https: the URL Next reports, or the scheme a
 * TLS-terminating proxy in front of `next start` forwards.
 */
export function isHttps(url: URL, headers: Headers): boolean {
  return url.protocol === 'https:' || headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
}
