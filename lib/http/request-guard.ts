// Refuses malformed requests before Next sees them. Each check here stands for a class of input
// that Next or React would otherwise turn into a 500 (issue 17's fuzz run): the guard answers
// with a 4xx and one short sentence instead. proxy.ts runs it on every request.
import { checkActionArguments, checkFormActionReferences } from './flight-reply'

export type Refusal = { status: number; message: string; headers?: Record<string, string> }

/** Next's own limit for server-action bodies (serverActions.bodySizeLimit's default). */
export const MAX_BODY_BYTES = 1024 * 1024

const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS']

const refuse = (status: number, message: string, headers?: Record<string, string>): Refusal => ({
  status,
  message,
  headers,
})

/** Method and path: TRACE and friends, and paths whose percent-encoding does not decode. */
export function checkRequestLine(method: string, pathname: string): Refusal | null {
  if (!ALLOWED_METHODS.includes(method))
    return refuse(405, `Method ${method.slice(0, 20)} is not allowed.`, { Allow: ALLOWED_METHODS.join(', ') })
  try {
    decodeURIComponent(pathname)
  } catch {
    return refuse(400, 'The path has malformed percent-encoding.')
  }
  return null
}

/**
 * The client router's `Next-Router-State-Tree` header, checked with Next's own parser (passed in,
 * so this module stays free of framework internals); a header it cannot parse is a 400.
 */
export function checkRouterState(headers: Headers, parse: (header: string) => unknown): Refusal | null {
  const header = headers.get('next-router-state-tree')
  if (header === null) return null
  try {
    parse(header)
    return null
  } catch {
    return refuse(400, 'The Next-Router-State-Tree header is malformed.')
  }
}

/** A declared body larger than any route here accepts. */
export function checkDeclaredLength(headers: Headers): Refusal | null {
  return checkBodyLength(Number(headers.get('content-length') ?? 0))
}

/** A body, declared or read, larger than any route here accepts. */
export function checkBodyLength(bytes: number): Refusal | null {
  return bytes > MAX_BODY_BYTES
    ? refuse(413, `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`)
    : null
}

/** How Next classifies a POST (mirrors its getServerActionRequestMetadata). */
export function serverActionKind(method: string, headers: Headers): 'fetch' | 'form' | null {
  if (method !== 'POST') return null
  if (headers.get('next-action') !== null) return 'fetch'
  return headers.get('content-type')?.startsWith('multipart/form-data') ? 'form' : null
}

/**
 * Same-origin check for server actions, as Next does it (Origin's host against X-Forwarded-Host
 * or Host), answered with a 403 instead of Next's 500. A request without Origin is let through,
 * as Next does: browsers always send it on POST, so only hand-made requests lack it.
 */
export function checkActionOrigin(headers: Headers): Refusal | null {
  const origin = headers.get('origin')
  if (origin === null) return null
  const host = headers.get('x-forwarded-host') ?? headers.get('host')
  let originHost: string
  try {
    originHost = origin === 'null' ? 'null' : new URL(origin).host
  } catch {
    return refuse(400, 'The Origin header is malformed.')
  }
  return originHost === host ? null : refuse(403, 'Cross-origin server action refused.')
}

/** The body of a server-action call: size, multipart framing and the React reply inside. */
export async function checkActionBody(
  kind: 'fetch' | 'form',
  contentType: string,
  body: ArrayBuffer,
): Promise<Refusal | null> {
  const size = checkBodyLength(body.byteLength)
  if (size) return size
  const multipart = contentType.startsWith('multipart/form-data')
  let problem: string | null
  if (multipart) {
    let form: FormData
    try {
      form = await new Request('http://body.invalid', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      }).formData()
    } catch {
      return refuse(400, 'The multipart body is malformed.')
    }
    problem =
      kind === 'fetch' ? checkActionArguments((name) => form.get(name)) : checkFormActionReferences(form)
  } else {
    const text = new TextDecoder().decode(body)
    problem = checkActionArguments((name) => (name === '0' ? text : undefined))
  }
  return problem ? refuse(400, `Invalid server action call: ${problem}.`) : null
}

/** The cookie Auth.js keeps the post-sign-in destination in (plain and `__Secure-` over https). */
const AUTH_CALLBACK_COOKIES = ['authjs.callback-url', '__Secure-authjs.callback-url']

/** Auth.js's own rule for a callback URL: an absolute http(s) URL, or a path on this site. */
function isHttpUrl(value: string, origin: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith('/') ? origin : undefined).protocol)
  } catch {
    return false
  }
}

/**
 * Auth.js answers a bad `callbackUrl` (query or cookie) with a 500 "server configuration" error;
 * the same test here turns it into a 400. Where a good one may lead is Auth.js's redirect
 * callback's business; this only checks it is a URL at all.
 */
export function checkAuthCallbackUrl(url: URL, cookie: (name: string) => string | undefined): Refusal | null {
  const candidates = [url.searchParams.get('callbackUrl'), ...AUTH_CALLBACK_COOKIES.map(cookie)]
  for (const value of candidates) {
    if (value && !isHttpUrl(value, url.origin)) return refuse(400, 'The callback URL is not a valid URL.')
  }
  return null
}
