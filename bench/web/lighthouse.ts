/**
 * `npm run bench:web`: the question page as a phone meets it (issue #16). Starts the production
 * app (bench/web/server.ts), serves a static twin of each page (same title and TL;DR, no script;
 * bench/web/static-twin.ts) and runs Lighthouse's default mobile audit in Debian's Chromium,
 * interleaving app page and twin over 3 rounds. Prints medians per page: score, FCP, LCP, LCP ÷
 * the twin's LCP (same round), TBT, CLS, transferred KiB and script KiB on first load, and what
 * the player costs when it loads on approach. Asserts nothing; not part of `npm test`.
 *
 * Needs the `lighthouse` npm package (a devDependency to add: `npm install --save-dev
 * lighthouse`), or LIGHTHOUSE_BIN pointing at its CLI.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { median, startApp } from './server'
import { extractTwin, serveTwins, twinHtml } from './static-twin'

const PAGES = (
  process.env.BENCH_PAGES ??
  '/,/questions,/questions/syn-flood-syn-cookies,/questions/time-wait-2msl,/playground,/review'
).split(',')
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const KIB = 1024

const lighthouseBin = process.env.LIGHTHOUSE_BIN ?? resolve(__dirname, '../../node_modules/.bin/lighthouse')

interface Figures {
  score: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
  transferKib: number
  jsKib: number
}

interface LighthouseResult {
  categories: { performance: { score: number } }
  audits: Record<
    string,
    { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }
  >
}

// Asynchronous on purpose: the static twins are served from this process's event loop.
const execFileAsync = promisify(execFile)

async function audit(url: string): Promise<Figures> {
  const run = await execFileAsync(
    lighthouseBin,
    [
      url,
      '--only-categories=performance',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--chrome-path=${CHROMIUM}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking',
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  )
  const lhr = JSON.parse(run.stdout) as LighthouseResult
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN
  const requests = lhr.audits['network-requests']?.details?.items ?? []
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    transferKib: value('total-byte-weight') / KIB,
    jsKib:
      requests.filter((r) => r.resourceType === 'Script').reduce((s, r) => s + (r.transferSize ?? 0), 0) /
      KIB,
  }
}

/** Script bytes fetched after scrolling to the first simulation until its player is ready. */
async function playerCost(url: string): Promise<{ kib: number; files: number } | undefined> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage()
    await page.goto(url, { waitUntil: 'networkidle' })
    const sim = page.locator('section[data-scenario]').first()
    if ((await sim.count()) === 0) return undefined
    const scripts: Promise<number>[] = []
    page.on('requestfinished', (req) => {
      if (req.resourceType() === 'script') scripts.push(req.sizes().then((s) => s.responseBodySize))
    })
    await sim.scrollIntoViewIfNeeded()
    await sim.getByRole('slider', { name: /^(Step|步骤)$/ }).waitFor({ timeout: 120_000 })
    const sizes = await Promise.all(scripts)
    return { kib: sizes.reduce((a, b) => a + b, 0) / KIB, files: sizes.length }
  } finally {
    await browser.close()
  }
}

const fmt = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–')

async function main() {
  if (!existsSync(lighthouseBin)) {
    console.error(
      `bench:web needs Lighthouse: run \`npm install --save-dev lighthouse\` (or set LIGHTHOUSE_BIN to its CLI).`,
    )
    process.exit(1)
  }
  const app = await startApp()
  const twinPages = new Map<string, string>()
  for (const path of PAGES) {
    const res = await fetch(app.url + path)
    if (!res.ok) {
      console.warn(`skipping ${path}: HTTP ${res.status}`)
      continue
    }
    twinPages.set(path, twinHtml(extractTwin(await res.text())))
  }
  const twins = await serveTwins(twinPages)
  try {
    const runs = new Map<string, { page: Figures; twin: Figures }[]>()
    for (let round = 1; round <= ROUNDS; round++) {
      for (const path of twinPages.keys()) {
        console.log(`round ${round}/${ROUNDS}: ${path}`)
        const page = await audit(app.url + path)
        const twin = await audit(twins.url + path)
        runs.set(path, [...(runs.get(path) ?? []), { page, twin }])
      }
    }
    console.log(`\nLighthouse (default mobile), Debian Chromium, medians of ${ROUNDS} interleaved rounds`)
    console.log(
      'page                               score   FCP ms   LCP ms  LCP÷static   TBT ms    CLS  transfer KiB  JS KiB',
    )
    for (const [path, rs] of runs) {
      const m = (f: (r: { page: Figures; twin: Figures }) => number) => median(rs.map(f))
      console.log(
        [
          path.padEnd(34),
          fmt(m((r) => r.page.score)).padStart(5),
          fmt(m((r) => r.page.fcp)).padStart(8),
          fmt(m((r) => r.page.lcp)).padStart(8),
          fmt(
            m((r) => r.page.lcp / r.twin.lcp),
            2,
          ).padStart(11),
          fmt(m((r) => r.page.tbt)).padStart(8),
          fmt(
            m((r) => r.page.cls),
            3,
          ).padStart(6),
          fmt(
            m((r) => r.page.transferKib),
            1,
          ).padStart(13),
          fmt(
            m((r) => r.page.jsKib),
            1,
          ).padStart(7),
        ].join(' '),
      )
      console.log(
        `  static twin                      ${fmt(m((r) => r.twin.score)).padStart(5)} ${fmt(m((r) => r.twin.fcp)).padStart(8)} ${fmt(m((r) => r.twin.lcp)).padStart(8)}`,
      )
    }
    for (const path of twinPages.keys()) {
      const cost = await playerCost(app.url + path)
      if (cost)
        console.log(
          `player on ${path}: ${fmt(cost.kib, 1)} KiB of script in ${cost.files} files, on approach`,
        )
    }
  } finally {
    twins.server.close()
    app.stop()
  }
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
