/**
 * Each route's first-load JavaScript, read from what `next build` (Turbopack) wrote rather than
 * estimated. Next 16 no longer prints sizes, and Turbopack writes no app-build-manifest.json, so
 * the facts come from two places:
 *
 * - `build-manifest.json` → `rootMainFiles`: the framework and runtime chunks every App Router page
 *   loads (its `polyfillFiles` are `nomodule` scripts modern browsers skip, so they do not count);
 * - `server/app/<route>/page_client-reference-manifest.js` → `entryJSFiles`: for each layout and
 *   page segment, the client chunks its `'use client'` imports need before hydration. A page's
 *   manifest lists its own entry and those of its layouts (and of the not-found and global-error
 *   boundaries, whose chunks are fetched only when they render).
 *
 * Sizes are gzip (level 9, near what a server or CDN sends), since that is what crosses the network.
 * Chunks a page imports lazily (`lazy(() => import(…))`) are in neither list: they load later.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'

/** The parts of a page's client-reference manifest this module reads. */
export interface ClientReferenceManifest {
  entryJSFiles: Record<string, readonly string[]>
}

export interface RouteFirstLoad {
  /** The URL pattern: `/questions/[slug]`, with route groups such as `(learn)` removed. */
  route: string
  /** Files under the dist directory, in load order, each once. */
  files: readonly string[]
}

/** `app/(learn)/questions/[slug]/page` → `/questions/[slug]`; `app/page` → `/`. */
export function routeOfPage(pagePath: string): string {
  const segments = pagePath
    .split('/')
    .filter((s) => s !== '' && s !== 'app' && s !== 'page' && !/^\(.+\)$/.test(s))
  return '/' + segments.join('/')
}

/** Entry names of the layouts above `page` and the page itself: `[project]/app/(learn)/layout`. */
function isOnFirstLoad(entry: string, page: string): boolean {
  if (entry === page) return true
  if (!entry.endsWith('/layout')) return false
  const dir = entry.slice(0, -'layout'.length)
  return page.startsWith(dir)
}

/**
 * The chunks `page` (an entry name such as `[project]/app/(learn)/questions/[slug]/page`) loads
 * before it is interactive: the root main files, then its layouts' and its own entry chunks.
 */
export function firstLoadFiles(
  rootMainFiles: readonly string[],
  manifest: ClientReferenceManifest,
  page: string,
): string[] {
  if (!(page in manifest.entryJSFiles)) {
    throw new Error(`the client-reference manifest has no entry "${page}"`)
  }
  const files = new Set(rootMainFiles)
  for (const [entry, chunks] of Object.entries(manifest.entryJSFiles)) {
    if (isOnFirstLoad(entry, page)) chunks.forEach((c) => files.add(c))
  }
  return [...files]
}

/** The manifest is a script that assigns `globalThis.__RSC_MANIFEST[page] = {…}`; run it in a sandbox. */
function loadManifest(file: string): Record<string, ClientReferenceManifest> {
  const sandbox = { globalThis: {} as { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } }
  sandbox.globalThis = sandbox as unknown as typeof sandbox.globalThis
  runInNewContext(`var self = globalThis;\n${readFileSync(file, 'utf8')}`, sandbox)
  const found = sandbox.globalThis.__RSC_MANIFEST
  if (!found) throw new Error(`${file} did not define __RSC_MANIFEST`)
  return found
}

function findPageManifests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === 'page_client-reference-manifest.js')
    .map((e) => join(e.parentPath, e.name))
}

/** Every App Router page of the build in `distDir` with the files it loads first. */
export function readRouteFirstLoads(distDir: string): RouteFirstLoad[] {
  const buildManifest = JSON.parse(readFileSync(join(distDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[]
  }
  const appDir = join(distDir, 'server', 'app')
  const routes: RouteFirstLoad[] = []
  for (const file of findPageManifests(appDir)) {
    const pagePath = relative(join(distDir, 'server'), file)
      .split(sep)
      .join('/')
      .replace(/_client-reference-manifest\.js$/, '')
    const route = routeOfPage(pagePath)
    // Next's own error pages are not routes a visitor opens.
    if (route === '/_not-found' || route === '/_global-error') continue
    for (const [page, manifest] of Object.entries(loadManifest(file))) {
      routes.push({
        route,
        files: firstLoadFiles(buildManifest.rootMainFiles, manifest, `[project]/app${page}`),
      })
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route))
}

/** Gzip size of one built file, memoised because every route shares the framework chunks. */
export function gzipSizer(distDir: string): (file: string) => number {
  const cache = new Map<string, number>()
  return (file) => {
    let size = cache.get(file)
    if (size === undefined) {
      size = gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length
      cache.set(file, size)
    }
    return size
  }
}

/** Total gzip bytes of a route's first-load files. */
export function firstLoadBytes(route: RouteFirstLoad, sizeOf: (file: string) => number): number {
  return route.files.reduce((sum, f) => sum + sizeOf(f), 0)
}
