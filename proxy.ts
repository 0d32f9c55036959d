// Runs before every page, route and server action (Next 16's successor to middleware.ts):
// 1. refuses malformed requests with a 4xx and a short message (lib/http/request-guard.ts), where
//    Next would otherwise answer 500;
// 2. gives each response a fresh CSP nonce, which Next reads from the request's
//    Content-Security-Policy header and puts on its own inline scripts, plus the other security
//    headers (lib/http/security-headers.ts).
import { type NextRequest, NextResponse } from 'next/server'
// Next's own parser for the router-state header, so the guard accepts exactly what Next accepts.
import { parseAndValidateFlightRouterState } from 'next/dist/server/app-render/parse-and-validate-flight-router-state'
import {
  checkActionBody,
  checkActionOrigin,
  checkBodyLength,
  checkDeclaredLength,
  checkRequestLine,
  checkRouterState,
  type Refusal,
  serverActionKind,
} from '@/lib/http/request-guard'
import { contentSecurityPolicy, createNonce, isHttps, securityHeaders } from '@/lib/http/security-headers'

export async function proxy(request: NextRequest) {
  const refusal = await refusalFor(request)
  const https = isHttps(request.nextUrl, request.headers)
  const common = securityHeaders({ https, production: process.env.NODE_ENV === 'production' })
  if (refusal) {
    return new NextResponse(`${refusal.message}\n`, {
      status: refusal.status,
      headers: { ...common, ...refusal.headers, 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }

  const nonce = createNonce()
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', csp)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', csp)
  for (const [name, value] of Object.entries(common)) response.headers.set(name, value)
  return response
}

async function refusalFor(request: NextRequest): Promise<Refusal | null> {
  const { method, headers } = request
  const early =
    checkRequestLine(method, request.nextUrl.pathname) ??
    checkRouterState(headers, parseAndValidateFlightRouterState) ??
    checkDeclaredLength(headers)
  if (early) return early
  // Route handlers (Auth.js's among them) are not server actions; they check their own input.
  const kind = request.nextUrl.pathname.startsWith('/api/') ? null : serverActionKind(method, headers)
  if (kind)
    return (
      checkActionOrigin(headers) ??
      (await checkActionBody(kind, headers.get('content-type') ?? '', await request.arrayBuffer()))
    )
  // A body streamed without Content-Length shows its size only once read; Next hands the proxy
  // up to twice the limit (next.config.js), so one past the limit still reads as past it.
  if (request.body && !headers.has('content-length'))
    return checkBodyLength((await request.arrayBuffer()).byteLength)
  return null
}

export const config = {
  // Everything but the build's hashed static files, which carry their own headers (next.config.js).
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
