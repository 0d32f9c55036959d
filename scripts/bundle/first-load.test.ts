import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { checkBudgets, describeExcess, staleBudgets } from './budget-check'
import { firstLoadBytes, firstLoadFiles, gzipSizer, readRouteFirstLoads, routeOfPage } from './first-load'

describe('routeOfPage', () => {
  it('drops route groups and the page segment', () => {
    expect(routeOfPage('app/(learn)/questions/[slug]/page')).toBe('/questions/[slug]')
    expect(routeOfPage('app/page')).toBe('/')
    expect(routeOfPage('app/(auth)/sign-in/page')).toBe('/sign-in')
  })
})

describe('firstLoadFiles', () => {
  const manifest = {
    entryJSFiles: {
      '[project]/app/layout': ['static/chunks/shell.js'],
      '[project]/app/(learn)/layout': ['static/chunks/learn.js'],
      '[project]/app/(auth)/layout': ['static/chunks/auth.js'],
      '[project]/app/not-found': ['static/chunks/shell.js', 'static/chunks/not-found.js'],
      '[project]/app/(learn)/questions/[slug]/page': ['static/chunks/shell.js', 'static/chunks/question.js'],
    },
  }

  it('is the root main files, then the layouts above the page and the page, each file once', () => {
    expect(
      firstLoadFiles(['static/chunks/react.js'], manifest, '[project]/app/(learn)/questions/[slug]/page'),
    ).toEqual([
      'static/chunks/react.js',
      'static/chunks/shell.js',
      'static/chunks/learn.js',
      'static/chunks/question.js',
    ])
  })

  it('names the page when the manifest does not have it', () => {
    expect(() => firstLoadFiles([], manifest, '[project]/app/missing/page')).toThrow(
      /"\[project\]\/app\/missing\/page"/,
    )
  })
})

describe('readRouteFirstLoads on a build directory', () => {
  const dist = mkdtempSync(join(tmpdir(), 'handshake-bundle-'))
  afterAll(() => rmSync(dist, { recursive: true, force: true }))
  const write = (path: string, text: string) => {
    mkdirSync(join(dist, path, '..'), { recursive: true })
    writeFileSync(join(dist, path), text)
  }
  write(
    'build-manifest.json',
    JSON.stringify({ rootMainFiles: ['static/chunks/a.js'], polyfillFiles: ['static/chunks/p.js'] }),
  )
  write('static/chunks/a.js', 'console.log("framework")'.repeat(50))
  write('static/chunks/b.js', 'console.log("page")')
  write('static/chunks/p.js', 'polyfills')
  // The shape Turbopack writes: a script assigning to globalThis.__RSC_MANIFEST.
  const manifest = (page: string, files: string[]) =>
    `globalThis.__RSC_MANIFEST = (globalThis.__RSC_MANIFEST || {});\nglobalThis.__RSC_MANIFEST[${JSON.stringify(page)}] = ${JSON.stringify({ entryJSFiles: { [`[project]/app${page}`]: files } })};`
  write(
    'server/app/(learn)/questions/[slug]/page_client-reference-manifest.js',
    manifest('/(learn)/questions/[slug]/page', ['static/chunks/b.js']),
  )
  write('server/app/page_client-reference-manifest.js', manifest('/page', []))
  write('server/app/_not-found/page_client-reference-manifest.js', manifest('/_not-found/page', []))

  it('lists every page but Next’s error pages, with its first-load files (no nomodule polyfills)', () => {
    expect(readRouteFirstLoads(dist)).toEqual([
      { route: '/', files: ['static/chunks/a.js'] },
      { route: '/questions/[slug]', files: ['static/chunks/a.js', 'static/chunks/b.js'] },
    ])
  })

  it('sums gzip sizes of the files', () => {
    const route = readRouteFirstLoads(dist)[1]
    const gz = (s: string) => gzipSync(s, { level: 9 }).length
    expect(firstLoadBytes(route, gzipSizer(dist))).toBe(
      gz('console.log("framework")'.repeat(50)) + gz('console.log("page")'),
    )
  })
})

describe('checkBudgets', () => {
  const sizes = [
    { route: '/questions/[slug]', bytes: 130 * 1024 },
    { route: '/', bytes: 100 * 1024 },
    { route: '/new-page', bytes: 160 * 1024 },
  ]
  const verdicts = checkBudgets(sizes, { '/questions/[slug]': 120, '/': 110 }, 150)

  it('reports each route against its own budget or the default, the worst first', () => {
    expect(verdicts.map((v) => [v.route, v.budgetKib, v.excessKib])).toEqual([
      ['/questions/[slug]', 120, 10],
      ['/new-page', 150, 10],
      ['/', 110, -10],
    ])
  })

  it('names the route and the excess in the failure', () => {
    expect(describeExcess(verdicts[0])).toBe(
      '/questions/[slug]: first-load JS 130.0 KiB gzip is 10.0 KiB over its 120 KiB budget',
    )
  })

  it('flags a budget whose route no longer exists', () => {
    expect(staleBudgets(sizes, { '/questions/[slug]': 120, '/renamed': 100 })).toEqual(['/renamed'])
  })
})
