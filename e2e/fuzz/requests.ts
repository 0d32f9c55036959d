// The fuzzer's requests, one fast-check arbitrary per kind of target. Each request names its group
// (for the report) and is plain data, so a seed maps to the same list of requests every time.
import fc from 'fast-check'
import { type AppRoute, type Segment, type ServerAction } from './app-routes'
import {
  encodeUrl,
  headerValue,
  hostileJson,
  hostileQuery,
  hostileUrlPart,
  nastyText,
  playgroundParam,
  urlMode,
  urlPart,
} from './hostile-values'

export const GROUPS = [
  'page',
  'playground link',
  'router header',
  'route handler',
  'server action',
  'auth',
  'odd method or header',
  'large body',
] as const
export type Group = (typeof GROUPS)[number]

/** A body of `bytes` copies of one character, built only when sent (they reach several MB). */
export type RepeatedBody = { repeat: string; bytes: number }

export type FuzzRequest = {
  group: Group
  method: string
  path: string
  headers: Record<string, string>
  body?: string | RepeatedBody
  /** Send without Content-Length (Transfer-Encoding: chunked), as a streaming client would. */
  chunked?: boolean
}

export type FuzzTargets = {
  routes: AppRoute[]
  actions: ServerAction[]
  /** Real values for dynamic segments (question slugs), so some requests reach the real pages. */
  slugs: string[]
  /** Ids for API bodies that get past the first checks (question ids). */
  questionIds: string[]
  /** `host:port` of the server, for same-origin headers. */
  host: string
  /** A valid Auth.js CSRF token and the cookie that goes with it. */
  csrf: { token: string; cookie: string }
  /** A signed-in learner's session cookie, so the route handlers are fuzzed past their sign-in check. */
  session: string
}

const SESSION_JUNK = [
  'authjs.session-token=garbage',
  'authjs.session-token=eyJhbGciOiJub25lIn0.e30.',
  'locale=xx-YY',
]

/** A path for a route, with hostile or real values in its dynamic segments. */
function pathFor(segments: Segment[], slugs: string[]): fc.Arbitrary<string> {
  const parts = segments.map((segment): fc.Arbitrary<string> => {
    if (segment.kind === 'static') return fc.constant(segment.name)
    const one = fc.oneof(
      { arbitrary: fc.constantFrom(...slugs), weight: 1 },
      { arbitrary: hostileUrlPart, weight: 6 },
    )
    if (segment.kind === 'dynamic') return one
    return fc
      .array(one, { minLength: segment.optional ? 0 : 1, maxLength: 4 })
      .map((values) => values.join('/'))
  })
  return fc.tuple(...parts).map((values) => '/' + values.filter((v) => v !== '').join('/'))
}

/** Headers a browser, a crawler or an attacker might send with a page request. */
const pageHeaders = (t: FuzzTargets): fc.Arbitrary<Record<string, string>> =>
  fc.record(
    {
      Accept: fc.constantFrom('text/html', '*/*', 'text/x-component', 'application/json', 'image/*'),
      'Accept-Language': fc.oneof(fc.constantFrom('zh-CN,zh;q=0.9', 'en', '*', 'q=2;;', 'xx'), headerValue),
      Cookie: fc.oneof(
        fc.constantFrom(...SESSION_JUNK, t.session, 'locale=zh', 'theme=dark'),
        headerValue.map((v) => `locale=${v}`),
      ),
      Range: fc.constantFrom('bytes=0-10', 'bytes=999999-0', 'bytes=-', 'bytes=1-2,3-4,5-6', 'lines=1-2'),
      'If-None-Match': headerValue,
      'X-Forwarded-Proto': fc.constantFrom('https', 'gopher', 'http, https'),
      'X-Forwarded-Host': fc.constantFrom('evil.example', t.host, ''),
    },
    { requiredKeys: [] },
  )

const pageRequest = (t: FuzzTargets): fc.Arbitrary<FuzzRequest> => {
  const pages = t.routes.filter((r) => r.kind === 'page')
  return fc.constantFrom(...pages).chain((route) =>
    fc
      .record({
        path: pathFor(route.segments, t.slugs),
        query: hostileQuery,
        method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD'),
        headers: pageHeaders(t),
      })
      .map(({ path, query, method, headers }) => ({ group: 'page', method, path: path + query, headers })),
  )
}

const playgroundRequest: fc.Arbitrary<FuzzRequest> = fc
  .record({
    s: playgroundParam,
    mode: fc.constantFrom('as-is', 'as-is', 'as-is', 'twice', 'broken-escape'),
    rsc: fc.boolean(),
  })
  .map(({ s, mode, rsc }): FuzzRequest => {
    const query =
      mode === 'twice' ? `s=${s}&s=${s.slice(0, 8)}` : mode === 'broken-escape' ? `s=${s}%e0%` : `s=${s}`
    return {
      group: 'playground link',
      method: 'GET',
      path: `/playground?${query}`,
      headers: rsc ? { RSC: '1' } : {},
    }
  })

/** The client router's headers, which Next parses before rendering. */
const routerRequest = (t: FuzzTargets): fc.Arbitrary<FuzzRequest> => {
  const pages = t.routes.filter((r) => r.kind === 'page' && r.segments.every((s) => s.kind === 'static'))
  const tree = fc.oneof(
    fc.constantFrom(
      'garbage',
      '%',
      '[]',
      '{}',
      'null',
      '["",{"children":["__PAGE__",{}]},null,null,true]',
      encodeURIComponent('["",{"children":["__PAGE__",{}]},null,null,true]'),
      encodeURIComponent('["",{"children":["questions",{"children":["__PAGE__",{}]}]}]'),
      encodeURIComponent('['.repeat(2_000) + ']'.repeat(2_000)),
    ),
    hostileJson.map((json) => encodeUrl(json.slice(0, 6_000))),
    headerValue,
  )
  return fc
    .record({
      route: fc.constantFrom(...pages),
      tree: fc.option(tree, { nil: undefined }),
      prefetch: fc.constantFrom(undefined, '1', '0', 'junk'),
      segment: fc.option(headerValue, { nil: undefined }),
      rsc: fc.constantFrom('?_rsc=abc', '', '?_rsc=%zz'),
    })
    .map(({ route, tree, prefetch, segment, rsc }) => {
      const headers: Record<string, string> = { RSC: '1' }
      if (tree !== undefined) headers['Next-Router-State-Tree'] = tree
      if (prefetch !== undefined) headers['Next-Router-Prefetch'] = prefetch
      if (segment !== undefined) headers['Next-Router-Segment-Prefetch'] = segment
      return { group: 'router header', method: 'GET', path: route.pattern + rsc, headers }
    })
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=XYZ',
  'multipart/form-data',
  'application/octet-stream',
  'image/png',
  '',
  ';;;',
]

/** Field names and values the API bodies use, so some bodies get past the first check. */
const apiField: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'cardId',
    'rating',
    'reviewKey',
    'expectedVersion',
    'retention',
    'reviews',
    'attemptKey',
    'sessionId',
    'answer',
    'correct',
    'elapsedMs',
    '__proto__',
  ),
  fc.string({ maxLength: 10 }),
)

const apiValue = (t: FuzzTargets): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(...t.questionIds).map((id) => `${id}:recall`),
    fc.tuple(fc.constantFrom(...t.questionIds), nastyText).map(([id, item]) => `${id}:quiz:${item}`),
    fc.stringMatching(/^[A-Za-z0-9_-]{8,20}$/),
    fc.constantFrom(1, 2, 3, 4, 0, 5, -1, 0.9, 1.5, 1e308, Number.MAX_SAFE_INTEGER, true, false, null),
    fc.jsonValue({ maxDepth: 2 }),
  )

const apiBody = (t: FuzzTargets): fc.Arbitrary<string> =>
  fc.oneof(
    fc.dictionary(apiField, apiValue(t), { maxKeys: 7 }).map((o) => JSON.stringify(o)),
    fc
      .array(fc.dictionary(apiField, apiValue(t), { maxKeys: 6 }), { maxLength: 3 })
      .map((reviews) => JSON.stringify({ reviews })),
    hostileJson,
  )

const handlerRequest = (t: FuzzTargets): fc.Arbitrary<FuzzRequest> => {
  // Auth.js's catch-all has its own generator below, with the actions Auth.js knows.
  const handlers = t.routes.filter((r) => r.kind === 'handler' && !r.pattern.startsWith('/api/auth/'))
  return fc.constantFrom(...handlers).chain((route) =>
    fc
      .record({
        path: pathFor(route.segments, t.slugs),
        query: fc.oneof(fc.constant(''), hostileQuery),
        method: fc.oneof(
          { arbitrary: fc.constantFrom(...route.methods), weight: 4 },
          {
            arbitrary: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
            weight: 1,
          },
        ),
        contentType: fc.constantFrom(...CONTENT_TYPES),
        signedIn: fc.boolean(),
        body: fc.option(apiBody(t), { nil: undefined, freq: 8 }),
      })
      .map(({ path, query, method, contentType, signedIn, body }) => {
        const headers: Record<string, string> = { 'Content-Type': contentType }
        if (signedIn) headers.Cookie = t.session
        const withBody = method !== 'GET' && method !== 'HEAD'
        return {
          group: 'route handler',
          method,
          path: path + query,
          headers,
          body: withBody ? body : undefined,
        }
      }),
  )
}

/** A multipart body; `cut` leaves out the closing boundary, as a dropped upload would. */
function multipart(fields: Array<[string, string]>, cut: boolean): string {
  const parts = fields.map(
    ([name, value]) => `--XYZ\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  )
  return (
    parts.join('') + (cut ? '--XYZ\r\nContent-Disposition: form-data; name="x"\r\n\r\nabc' : '--XYZ--\r\n')
  )
}

/** What a caller can put in a React reply: references to parts, special values, junk. */
const replyToken = fc.constantFrom(
  '$K1',
  '$B1',
  '$Q1',
  '$W1',
  '$T',
  '$undefined',
  '$n1',
  '$D2020',
  '$@0',
  '$F1',
  '$h1',
  '$1',
  '$$',
  '$Infinity',
  '$-0',
)

const actionBody = fc.oneof(
  // The form actions' real shape: (previous state, FormData) with the form in part 1.
  fc
    .record({
      fields: fc.array(
        fc.tuple(
          fc.constantFrom('1_email', '1_password', '1_name', '1_locale', '1_callbackUrl', '1_x'),
          nastyText,
        ),
        { maxLength: 4 },
      ),
      cut: fc.boolean(),
      args: fc.constantFrom('["$undefined","$K1"]', '["$K1"]', '[{},"$K1"]', '["$K2"]', '[]'),
    })
    .map(({ fields, cut, args }) => ({
      contentType: 'multipart/form-data; boundary=XYZ',
      body: multipart([['0', args], ...fields], cut),
    })),
  // A fetch action's JSON reply with hostile values.
  fc
    .array(fc.oneof(replyToken, fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 })
    .map((args) => ({ contentType: 'text/plain;charset=UTF-8', body: JSON.stringify(args) })),
  fc.record({ contentType: fc.constantFrom(...CONTENT_TYPES), body: hostileJson }),
  fc.constant({ contentType: 'text/plain;charset=UTF-8', body: '' }),
  fc.constant({ contentType: 'text/plain;charset=UTF-8', body: '["$B1"]' }),
  fc.constant({ contentType: 'text/plain;charset=UTF-8', body: '{"a":1}' }),
  fc.constant({ contentType: 'application/x-www-form-urlencoded', body: 'locale=zh' }),
)

const serverActionRequest = (t: FuzzTargets): fc.Arbitrary<FuzzRequest> => {
  const pages = t.routes.filter((r) => r.kind === 'page' && r.segments.every((s) => s.kind === 'static'))
  const actionId = fc.oneof(
    { arbitrary: fc.constantFrom(...t.actions.map((a) => a.id)), weight: 6 },
    { arbitrary: fc.constantFrom('0'.repeat(42), 'x', '', '$ACTION', '40' + 'f'.repeat(40)), weight: 1 },
    { arbitrary: headerValue, weight: 1 },
  )
  return fc
    .record({
      route: fc.constantFrom(...pages),
      id: actionId,
      origin: fc.constantFrom(
        undefined,
        `http://${t.host}`,
        `http://${t.host}`,
        'https://evil.example',
        'null',
        'not a url',
        'http://',
      ),
      form: fc.boolean(), // progressive enhancement: a plain form post naming the action in a field
      payload: actionBody,
      tree: fc.option(fc.constantFrom('garbage', encodeURIComponent('["",{}]')), { nil: undefined, freq: 6 }),
    })
    .map(({ route, id, origin, form, payload, tree }) => {
      const headers: Record<string, string> = { 'Content-Type': payload.contentType }
      if (origin !== undefined) headers.Origin = origin
      if (tree !== undefined) headers['Next-Router-State-Tree'] = tree
      let body = payload.body
      if (form) {
        headers['Content-Type'] = 'multipart/form-data; boundary=XYZ'
        body = multipart(
          [
            [`$ACTION_ID_${id}`, ''],
            ['locale', 'zh'],
            ['email', 'a@b.c'],
          ],
          body.length % 3 === 0,
        )
      } else {
        headers['Next-Action'] = id
        headers.Accept = 'text/x-component'
      }
      return { group: 'server action', method: 'POST', path: route.pattern, headers, body }
    })
}

/** Auth.js's actions (its REST surface under /api/auth) and provider ids, real and not. */
const AUTH_ACTIONS = [
  'session',
  'csrf',
  'providers',
  'signin',
  'signout',
  'callback',
  'error',
  'verify-request',
  'webauthn-options',
]
const PROVIDERS = ['password', 'email', 'github', 'credentials', 'nodemailer', 'google', 'nope', '..', '%zz']

const authRequest = (t: FuzzTargets): fc.Arbitrary<FuzzRequest> =>
  fc
    .record({
      action: fc.constantFrom(...AUTH_ACTIONS),
      provider: fc.option(fc.oneof(fc.constantFrom(...PROVIDERS), hostileUrlPart), { nil: undefined }),
      method: fc.constantFrom('GET', 'POST', 'POST', 'HEAD', 'PUT'),
      callbackUrl: fc.option(
        fc.oneof(
          fc.constantFrom(
            'javascript:alert(1)',
            '//evil.example',
            'https://evil.example/',
            '/',
            '/questions',
            '%zz',
            'http://',
            ':',
          ),
          nastyText,
        ),
        { nil: undefined },
      ),
      csrf: fc.constantFrom('valid', 'missing', 'junk', 'token-only'),
      email: fc.oneof(fc.constantFrom('fuzz@fuzz.invalid', 'FUZZ@FUZZ.INVALID', 'a@b', ''), nastyText),
      password: nastyText,
      cookie: fc.option(
        fc.oneof(
          fc.constantFrom(...SESSION_JUNK),
          headerValue.map((v) => `authjs.callback-url=${encodeUrl(v)}`),
          headerValue.map((v) => `authjs.csrf-token=${encodeUrl(v)}`),
        ),
        { nil: undefined },
      ),
      mode: urlMode,
    })
    .map(({ action, provider, method, callbackUrl, csrf, email, password, cookie, mode }) => {
      const path = `/api/auth/${action}${provider === undefined ? '' : `/${provider}`}`
      const query = callbackUrl === undefined ? '' : `?callbackUrl=${urlPart(callbackUrl, mode)}`
      const cookies = [csrf === 'valid' ? t.csrf.cookie : '', cookie ?? ''].filter(Boolean)
      const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' }
      if (cookies.length) headers.Cookie = cookies.join('; ')
      const form = new URLSearchParams({ email, password })
      if (csrf === 'valid' || csrf === 'token-only') form.set('csrfToken', t.csrf.token)
      if (csrf === 'junk') form.set('csrfToken', 'junk')
      if (callbackUrl !== undefined) form.set('callbackUrl', callbackUrl)
      const body = method === 'POST' || method === 'PUT' ? form.toString() : undefined
      return { group: 'auth', method, path: path + query, headers, body }
    })

/** Methods the site does not serve, and headers at or past the server's limits. */
const oddRequest = (t: FuzzTargets): fc.Arbitrary<FuzzRequest> =>
  fc.oneof(
    fc
      .record({
        method: fc.constantFrom(
          'TRACE',
          'PUT',
          'DELETE',
          'PATCH',
          'PROPFIND',
          'MKCOL',
          'LOCK',
          'PURGE',
          'SEARCH',
          'QUERY',
        ),
        path: fc.constantFrom(
          '/',
          '/questions',
          '/api/auth/session',
          '/api/review/grade',
          '/playground',
          '/nope',
        ),
      })
      .map(({ method, path }) => ({ group: 'odd method or header' as const, method, path, headers: {} })),
    fc
      .record({
        size: fc.constantFrom(4_000, 12_000, 15_000, 20_000, 60_000),
        path: fc.constantFrom('/', '/api/auth/session', '/sign-in', '/favicon.ico'),
      })
      .map(({ size, path }) => ({
        group: 'odd method or header' as const,
        method: 'GET',
        path,
        headers: { Cookie: `big=${'c'.repeat(size)}` },
      })),
    fc
      .record({
        path: fc.constantFrom(
          '/',
          '/favicon.ico',
          '/_next/static/chunks/nope.js',
          '/_next/image?url=%2Fx&w=1&q=1',
          '/robots.txt',
        ),
        range: fc.oneof(
          fc.constantFrom('bytes=999999-0', 'bytes=-0', 'bytes=0-0,0-0,0-0', 'bytes=a-b', 'bytes=0-'),
          headerValue,
        ),
        extra: fc.constantFrom<Record<string, string>>(
          {},
          { Host: 'evil.example' },
          { 'X-Forwarded-For': '1.2.3.4, 5.6.7.8' },
          { 'Accept-Encoding': 'br;q=2, x-gzip, *;q=-1' },
          { Expect: '100-continue' },
          { 'Content-Length': '0' },
          { 'Transfer-Encoding': 'chunked' },
          { 'If-Modified-Since': 'yesterday' },
          { 'Cache-Control': 'no-cache, max-age=-1' },
          { Upgrade: 'websocket', Connection: 'Upgrade' },
        ),
      })
      .map(({ path, range, extra }) => ({
        group: 'odd method or header' as const,
        method: 'GET',
        path,
        headers: { Range: range, ...extra },
      })),
    fc.constantFrom(...t.routes.filter((r) => r.kind === 'page')).map((route) => ({
      group: 'odd method or header' as const,
      method: 'OPTIONS',
      path: route.pattern,
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    })),
  )

/** Bodies over the 1 MB limit, declared or streamed, to actions, route handlers and Auth.js. */
const largeBodyRequest = (t: FuzzTargets): fc.Arbitrary<FuzzRequest> =>
  fc
    .record({
      path: fc.constantFrom(
        '/',
        '/sign-in',
        '/api/review/grade',
        '/api/progress/merge',
        '/api/auth/callback/password',
      ),
      action: fc.constantFrom(...t.actions.map((a) => a.id)),
      bytes: fc.constantFrom(1_000_000, 1_048_577, 1_200_000, 3_000_000),
      chunked: fc.boolean(),
      repeat: fc.constantFrom('a', '[', '{'),
    })
    .map(({ path, action, bytes, chunked, repeat }) => {
      const headers: Record<string, string> = {
        'Content-Type': 'text/plain;charset=UTF-8',
        Cookie: t.session,
      }
      if (!path.startsWith('/api/')) headers['Next-Action'] = action
      return { group: 'large body', method: 'POST', path, headers, body: { repeat, bytes }, chunked }
    })

/** Every kind of request, weighted so that the run fits its time budget on two cores. */
export function fuzzRequests(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  // A rendered page costs the server about ten times a refused request (measured: ~50–100 ms of
  // CPU against 5–10 ms), so pages and links are a few hundred of the ten thousand.
  return fc.oneof(
    { arbitrary: pageRequest(t), weight: 3 },
    { arbitrary: playgroundRequest, weight: 3 },
    { arbitrary: routerRequest(t), weight: 10 },
    { arbitrary: handlerRequest(t), weight: 24 },
    { arbitrary: serverActionRequest(t), weight: 24 },
    { arbitrary: authRequest(t), weight: 20 },
    { arbitrary: oddRequest(t), weight: 10 },
    { arbitrary: largeBodyRequest(t), weight: 1 },
  )
}
