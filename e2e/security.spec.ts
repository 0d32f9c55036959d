// Issue 17: every route answers with the security headers, pages run under the nonce-based CSP
// without a single violation, and the malformed requests the fuzz run found get a 4xx.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { appRoutes, examplePath } from './fuzz/app-routes'
import { expect, test } from './fixtures'

// Every page and route handler in app/, so a new one is checked without editing this list.
const routes = appRoutes(path.join(process.cwd(), 'app'))
const examples = { slug: 'time-wait-2msl', nextauth: 'session' }
const pages = [
  ...routes.filter((r) => r.kind === 'page').map((r) => examplePath(r, examples)),
  '/no-such-page',
]
const handlers = routes.filter((r) => r.kind === 'handler')

test('every page and route sends the security headers, with a new nonce each time', async ({ request }) => {
  const requests = [
    ...pages.map((page) => () => request.get(page, { maxRedirects: 0 })),
    ...handlers.map((handler) => () => {
      const url = examplePath(handler, examples)
      // Handlers that take no GET get their own method with an empty body (a 4xx, with headers).
      return handler.methods.includes('GET')
        ? request.get(url, { maxRedirects: 0 })
        : request.fetch(url, { method: handler.methods[0], data: {}, maxRedirects: 0 })
    }),
  ]
  expect(handlers.length).toBeGreaterThan(0)
  for (const send of requests) {
    const response = await send()
    const route = new URL(response.url()).pathname
    const headers = response.headers()
    expect(response.status(), route).toBeLessThan(500)
    expect(headers['x-content-type-options'], route).toBe('nosniff')
    expect(headers['referrer-policy'], route).toBe('strict-origin-when-cross-origin')
    const csp = headers['content-security-policy'] ?? ''
    expect(csp, route).toContain("frame-ancestors 'none'")
    expect(csp, route).not.toContain('unsafe-eval')
    // Plain http here: HSTS must not be sent (it would pin a site that has no https).
    expect(headers['strict-transport-security'], route).toBeUndefined()
  }
  const nonceOf = async () => {
    const response = await request.get('/questions')
    const nonce = response.headers()['content-security-policy'].match(/'nonce-([^']+)'/)?.[1]
    // Next puts the nonce on every script it renders, inline or not.
    const html = await response.text()
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
    return nonce
  }
  expect(await nonceOf()).not.toBe(await nonceOf())
})

test('over https (behind a TLS proxy) the site sends HSTS', async ({ request }) => {
  const response = await request.get('/', { headers: { 'X-Forwarded-Proto': 'https' } })
  expect(response.headers()['strict-transport-security']).toMatch(/max-age=31536000/)
})

test('every page loads and runs under the CSP without a violation', async ({ page }) => {
  test.setTimeout(120_000) // a dozen full page loads on a two-core machine
  // The automatic noCspViolations fixture fails the test on any violation, on any of these pages.
  for (const route of pages) {
    await page.goto(route)
    await expect(page.locator('main')).toBeVisible()
  }
  // The player loads its code when scrolled near; then it runs the engine in the page.
  await page.goto('/questions/time-wait-2msl')
  const simulation = page.getByRole('region', { name: /Simulation:/ }).first()
  await simulation.scrollIntoViewIfNeeded()
  await simulation.getByRole('button', { name: 'Play' }).click()
  await expect(simulation.getByRole('button', { name: 'Pause' })).toBeVisible()
  await page.goto('/playground')
  await page.getByRole('button', { name: '中文' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await page.getByRole('button', { name: 'English' }).click()
})

/** A real action id from the build, so the probes reach React's decoder rather than the id check. */
function actionId(name: string): string {
  const dist = process.env.NEXT_DIST_DIR || '.next'
  const manifest = JSON.parse(
    readFileSync(path.join(dist, 'server', 'server-reference-manifest.json'), 'utf8'),
  )
  const entry = Object.entries(manifest.node as Record<string, { exportedName: string }>).find(
    ([, action]) => action.exportedName === name,
  )
  if (!entry) throw new Error(`no server action ${name} in the build`)
  return entry[0]
}

test('malformed requests get a 4xx and a short message, never a 500', async ({ request, baseURL }) => {
  const action = { 'Next-Action': actionId('setLocale'), 'Content-Type': 'text/plain;charset=UTF-8' }
  const cutMultipart = '--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]'
  const probes: Array<{ name: string; status: number; send: () => ReturnType<typeof request.get> }> = [
    { name: 'bad percent-encoding', status: 400, send: () => request.get('/questions/%zz') },
    { name: 'TRACE', status: 405, send: () => request.fetch('/', { method: 'TRACE' }) },
    {
      name: 'bad router state',
      status: 400,
      send: () => request.get('/?_rsc=x', { headers: { RSC: '1', 'Next-Router-State-Tree': 'garbage' } }),
    },
    {
      name: 'action, JSON body',
      status: 400,
      send: () => request.post('/', { headers: action, data: '{"a":1}' }),
    },
    { name: 'action, no body', status: 400, send: () => request.post('/', { headers: action }) },
    {
      name: 'action, ["$B1"]',
      status: 400,
      send: () => request.post('/', { headers: action, data: '["$B1"]' }),
    },
    {
      name: 'action, unterminated multipart',
      status: 400,
      send: () =>
        request.post('/', {
          headers: { ...action, 'Content-Type': 'multipart/form-data; boundary=XYZ' },
          data: cutMultipart,
        }),
    },
    {
      name: 'form post, unterminated multipart',
      status: 400,
      send: () =>
        request.post('/', {
          headers: { 'Content-Type': 'multipart/form-data; boundary=XYZ' },
          data: cutMultipart,
        }),
    },
    {
      name: 'action over 1 MB',
      status: 413,
      send: () => request.post('/', { headers: action, data: `["${'a'.repeat(1_100_000)}"]` }),
    },
    {
      name: 'cross-origin action',
      status: 403,
      send: () => request.post('/', { headers: { ...action, Origin: 'https://evil.example' }, data: '[]' }),
    },
    {
      name: 'bad callbackUrl on an auth route',
      status: 400,
      send: () => request.get('/api/auth/signin?callbackUrl=javascript:alert(1)', { maxRedirects: 0 }),
    },
  ]
  for (const probe of probes) {
    const response = await probe.send()
    expect(response.status(), probe.name).toBe(probe.status)
    expect((await response.text()).length, probe.name).toBeLessThan(200)
  }
  // A well-formed call with a forged argument is the action's to refuse: no 500 either.
  const forged = await request.post('/', { headers: { ...action, Origin: baseURL! }, data: '[]' })
  expect(forged.status()).toBe(200)
})

/** A deflated `?s=` link, the way a crafted one packs huge JSON into a few hundred characters. */
async function playgroundLink(json: string): Promise<string> {
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate'))
  const bytes = Buffer.from(await new Response(stream).arrayBuffer())
  return `/playground?s=z${bytes.toString('base64url')}`
}

test('hostile playground links open as a clear problem with a bounded page', async ({ page, request }) => {
  const deep = await playgroundLink('{"a":' + '['.repeat(30_000) + ']'.repeat(30_000) + '}')
  expect(deep.length).toBeLessThan(400)
  const deepResponse = await request.get(deep)
  expect(deepResponse.status()).toBe(200)
  expect(await deepResponse.text()).toContain('more than 16 levels deep')

  const hosts = Object.fromEntries(
    Array.from({ length: 800 }, (_, i) => [`h${i}`, { ip: `10.0.${i >> 8}.${i & 255}` }]),
  )
  const wide = await playgroundLink(JSON.stringify({ name: 'wide', hosts }))
  const wideResponse = await request.get(wide)
  expect(wideResponse.status()).toBe(200)
  // Once 10.7 MB of HTML; now the problem list and a fresh editor.
  expect((await wideResponse.body()).length).toBeLessThan(1_000_000)

  await page.goto(wide)
  await expect(page.getByRole('alert').filter({ hasText: 'at most 16 hosts' })).toBeVisible()
})
