// The routes the fuzzer aims at, read from the file system and the build rather than listed by
// hand, so a page, route handler or server action added later is fuzzed without editing the test:
// - pages and route handlers from `app/` (App Router file conventions);
// - server actions from the build's server-reference manifest, which lists every `'use server'`
//   export React can be asked to call.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export type Segment =
  | { kind: 'static'; name: string }
  | { kind: 'dynamic'; name: string }
  /** `[...name]` (at least one segment) or `[[...name]]` (optional). */
  | { kind: 'catch-all'; name: string; optional: boolean }

export type AppRoute = {
  kind: 'page' | 'handler'
  /** The URL pattern, e.g. `/questions/[slug]`, for reports. */
  pattern: string
  segments: Segment[]
  /** The HTTP methods a route handler exports (empty for pages). */
  methods: string[]
}

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']

function segmentOf(name: string): Segment | null {
  // Route groups `(name)` and parallel-route slots `@name` add nothing to the URL.
  if (/^\(.*\)$/.test(name) || name.startsWith('@')) return null
  const optional = /^\[\[\.\.\.(.+)\]\]$/.exec(name)
  if (optional) return { kind: 'catch-all', name: optional[1], optional: true }
  const catchAll = /^\[\.\.\.(.+)\]$/.exec(name)
  if (catchAll) return { kind: 'catch-all', name: catchAll[1], optional: false }
  const dynamic = /^\[(.+)\]$/.exec(name)
  if (dynamic) return { kind: 'dynamic', name: dynamic[1] }
  return { kind: 'static', name }
}

const patternOf = (segments: Segment[]) =>
  '/' +
  segments
    .map((s) => (s.kind === 'static' ? s.name : s.kind === 'dynamic' ? `[${s.name}]` : `[...${s.name}]`))
    .join('/')

/** The methods a route handler file exports (`export function GET`, `export const POST = …`). */
function exportedMethods(source: string): string[] {
  return HTTP_METHODS.filter((method) =>
    new RegExp(`export\\s+(?:async\\s+)?(?:function|const|let)\\s+${method}\\b`).test(source),
  )
}

/** Every page and route handler under `appDir`. Private folders (`_name`) are not routes. */
export function appRoutes(appDir: string): AppRoute[] {
  const routes: AppRoute[] = []
  const walk = (dir: string, segments: Segment[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name.startsWith('_')) continue
        const segment = segmentOf(entry.name)
        walk(file, segment ? [...segments, segment] : segments)
      } else if (/^page\.(tsx?|jsx?|mdx)$/.test(entry.name)) {
        routes.push({ kind: 'page', pattern: patternOf(segments), segments, methods: [] })
      } else if (/^route\.(ts|js)$/.test(entry.name)) {
        const methods = exportedMethods(readFileSync(file, 'utf8'))
        routes.push({ kind: 'handler', pattern: patternOf(segments), segments, methods })
      }
    }
  }
  walk(appDir, [])
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern))
}

export type ServerAction = { id: string; name: string }

/** Every server action in the build (`next build` writes the manifest). */
export function serverActions(distDir: string): ServerAction[] {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { exportedName: string }> }
  return Object.entries(manifest.node)
    .map(([id, action]) => ({ id, name: action.exportedName }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * A concrete URL for a route, with `values[name]` in each dynamic segment. Throws when a segment
 * has no value, so a new dynamic route is noticed here rather than skipped.
 */
export function examplePath(route: AppRoute, values: Record<string, string>): string {
  const parts = route.segments.map((segment) => {
    if (segment.kind === 'static') return segment.name
    const value = values[segment.name]
    if (value === undefined) throw new Error(`no example value for [${segment.name}] in ${route.pattern}`)
    return value
  })
  return '/' + parts.join('/')
}
