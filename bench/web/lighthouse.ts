/**
 * `npm run bench:web`: the question page as a phone meets it (issue #16). Starts the production
 * app (bench/web/server.ts), serves a static twin of each page (same title and TL;DR, no script;
 * bench/web/static-twin.ts) and runs Lighthouse's default mobile audit in Debian's Chromium,
 * interleaving app page and twin over 3 rounds. Prints medians per page: score, TTFB, FCP, LCP, LCP ÷
 * the twin's LCP (same round), TBT, CLS, transferred KiB and script KiB on first load, and what
 * the player costs when it loads on approach. Asserts nothing; not part of `npm test`.
 *
 * `BENCH_BASELINE_URL` (another build of the app, already serving) adds it to every round, right
 * after the same page and its twin, so a change is measured before and after under the same load.
 *
 * `BENCH_REPORTS=dir` keeps every audit's Lighthouse JSON there (page, twin or baseline, round), for
 * the audits behind the figures: largest-contentful-paint-element, bootup-time,
 * mainthread-work-breakdown, server-response-time, render-blocking-resources.
 *
 * Uses the `lighthouse` devDependency, or LIGHTHOUSE_BIN pointing at another copy of its CLI.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
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
const BASELINE_URL = process.env.BENCH_BASELINE_URL?.replace(/\/$/, '')
const REPORTS_DIR = process.env.BENCH_REPORTS

const lighthouseBin = process.env.LIGHTHOUSE_BIN ?? resolve(__dirname, '../../node_modules/.bin/lighthouse')

interface Figures {
  score: number
  /** The document's server response time as Lighthouse observed it (it is not throttled). */
  ttfb: number
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

async function audit(url: string, reportName: string): Promise<Figures> {
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
  if (REPORTS_DIR) writeFileSync(resolve(REPORTS_DIR, `${reportName}.json`), run.stdout)
  const lhr = JSON.parse(run.stdout) as LighthouseResult
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN
  const requests = lhr.audits['network-requests']?.details?.items ?? []
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    ttfb: value('server-response-time'),
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
    // A phone's width, as Lighthouse's mobile audit: each placement plays in the text there.
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
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

/** One audit of a page, its static twin and, with BENCH_BASELINE_URL, the baseline build's page. */
interface Round {
  page: Figures
  twin: Figures
  baseline?: Figures
}

/** A table row of medians over the rounds for the figures `pick` chooses (the app's or the baseline's). */
function row(label: string, rounds: readonly Round[], pick: (r: Round) => Figures): string {
  const m = (f: (x: Figures) => number) => median(rounds.map((r) => f(pick(r))))
  return [
    label.padEnd(34),
    fmt(m((x) => x.score)).padStart(5),
    fmt(m((x) => x.ttfb)).padStart(7),
    fmt(m((x) => x.fcp)).padStart(8),
    fmt(m((x) => x.lcp)).padStart(8),
    // The ratio is taken per round (against that round's twin), then the median of the ratios.
    fmt(median(rounds.map((r) => pick(r).lcp / r.twin.lcp)), 2).padStart(11),
    fmt(m((x) => x.tbt)).padStart(8),
    fmt(
      m((x) => x.cls),
      3,
    ).padStart(6),
    fmt(
      m((x) => x.transferKib),
      1,
    ).padStart(13),
    fmt(
      m((x) => x.jsKib),
      1,
    ).padStart(7),
  ].join(' ')
}

async function main() {
  if (!existsSync(lighthouseBin)) {
    console.error(
      `bench:web needs Lighthouse: run \`npm ci\` (it is a devDependency) or set LIGHTHOUSE_BIN to its CLI.`,
    )
    process.exit(1)
  }
  if (REPORTS_DIR) mkdirSync(REPORTS_DIR, { recursive: true })
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
    const runs = new Map<string, Round[]>()
    for (let round = 1; round <= ROUNDS; round++) {
      for (const path of twinPages.keys()) {
        console.log(`round ${round}/${ROUNDS}: ${path}`)
        const name = (kind: string) => `${kind}${path.replace(/\//g, '_')}-${round}`
        const page = await audit(app.url + path, name('page'))
        const twin = await audit(twins.url + path, name('twin'))
        const baseline = BASELINE_URL ? await audit(BASELINE_URL + path, name('baseline')) : undefined
        runs.set(path, [...(runs.get(path) ?? []), { page, twin, baseline }])
      }
    }
    console.log(`\nLighthouse (default mobile), Debian Chromium, medians of ${ROUNDS} interleaved rounds`)
    console.log(
      'page                               score TTFB ms   FCP ms   LCP ms  LCP÷static   TBT ms    CLS  transfer KiB  JS KiB',
    )
    for (const [path, rs] of runs) {
      console.log(row(path, rs, (r) => r.page))
      const twin = (f: (x: Figures) => number) => fmt(median(rs.map((r) => f(r.twin))))
      console.log(
        `  static twin                      ${twin((x) => x.score).padStart(5)} ${twin((x) => x.ttfb).padStart(7)} ${twin((x) => x.fcp).padStart(8)} ${twin((x) => x.lcp).padStart(8)}`,
      )
      if (BASELINE_URL) console.log(row('  baseline', rs, (r) => r.baseline!))
    }
    for (const path of twinPages.keys()) {
      for (const [label, base] of [
        ['', app.url],
        [' (baseline)', BASELINE_URL],
      ] as const) {
        const cost = base ? await playerCost(base + path) : undefined
        if (cost)
          console.log(
            `player on ${path}${label}: ${fmt(cost.kib, 1)} KiB of script in ${cost.files} files, on approach`,
          )
      }
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
