// Auth.js's own endpoints: OAuth and magic-link callbacks, CSRF token, session, sign-out.
// A callback URL Auth.js would answer with a 500 is refused with a 400 first (issue 17).
import { type NextRequest } from 'next/server'
import { checkAuthCallbackUrl } from '@/lib/http/request-guard'
import { handlers } from '@/lib/server/auth'

type Handler = (request: NextRequest) => Promise<Response>

function guarded(handler: Handler): Handler {
  return async (request) => {
    const refusal = checkAuthCallbackUrl(request.nextUrl, (name) => request.cookies.get(name)?.value)
    if (refusal) return new Response(`${refusal.message}\n`, { status: refusal.status })
    return handler(request)
  }
}

export const GET = guarded(handlers.GET)
export const POST = guarded(handlers.POST)
