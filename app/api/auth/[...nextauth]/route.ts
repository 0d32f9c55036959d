// Auth.js's own endpoints: OAuth and magic-link callbacks, CSRF token, session, sign-out.
// Two things happen before Auth.js sees a request (issue 17):
// - a callback URL Auth.js would answer with a 500 is refused with a 400;
// - the password callback and the magic-link request count against the same database-backed
//   limits as the forms' server actions, and over the limit get 429 with Retry-After.
import { type NextRequest } from 'next/server'
import { checkAuthCallbackUrl } from '@/lib/http/request-guard'
import { handlers } from '@/lib/server/auth'
import { clientAddress, magicLinkChecks, signInChecks } from '@/lib/server/auth-limits'
import { db } from '@/lib/server/db'
import { consumeAll } from '@/lib/server/rate-limit'

type Handler = (request: NextRequest) => Promise<Response>

const text = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers },
  })

/** The limits a POST to this Auth.js action counts against, if any. */
async function limitsFor(request: NextRequest) {
  const action = request.nextUrl.pathname.replace(/^\/api\/auth\//, '')
  if (action !== 'callback/password' && action !== 'signin/email') return null
  const form = await request
    .clone()
    .formData()
    .catch(() => new FormData())
  const email = String(form.get('email') ?? '')
  const address = clientAddress(request.headers)
  return action === 'callback/password' ? signInChecks(email, address) : magicLinkChecks(email, address)
}

function guarded(handler: Handler, method: 'GET' | 'POST'): Handler {
  return async (request) => {
    const refusal = checkAuthCallbackUrl(request.nextUrl, (name) => request.cookies.get(name)?.value)
    if (refusal) return text(refusal.status, refusal.message)
    const checks = method === 'POST' ? await limitsFor(request) : null
    if (checks) {
      const decision = await consumeAll(db, checks)
      if (!decision.allowed)
        return text(429, 'Too many attempts. Try again later.', {
          'Retry-After': String(decision.retryAfterSeconds),
        })
    }
    return handler(request)
  }
}

export const GET = guarded(handlers.GET, 'GET')
export const POST = guarded(handlers.POST, 'POST')
