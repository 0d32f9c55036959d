/**
 * `npm run bench:interaction`: how the simulation player answers a learner on a slow phone
 * (issue #16). Debian's Chromium through Playwright, CPU throttled 4× over CDP, on each model
 * question: scroll to the player and time until it is ready, step forward, scrub to the end, hover
 * packet rows. For each it prints the median time from the input to the next frame and the median
 * and worst long task (≥ 50 ms, the PerformanceObserver's threshold) inside that window.
 *
 * Times include a CDP round trip (a few ms); they are figures for comparing builds on one machine,
 * interleaved, not absolute truths. Asserts nothing; not part of `npm test`.
 */
import { chromium, type Locator, type Page } from '@playwright/test'
import { median, startApp } from './server'

const PAGES = (process.env.BENCH_PAGES ?? '/questions/syn-flood-syn-cookies,/questions/time-wait-2msl').split(
  ',',
)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const REPEATS = 5
const CPU_SLOWDOWN = 4

interface Sample {
  ms: number
  /** Longest long task in the window, 0 when none reached 50 ms. */
  longest: number
}

declare global {
  interface Window {
    __longTasks: [start: number, duration: number][]
  }
}

function recordLongTasks() {
  window.__longTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration])
  }).observe({ type: 'longtask', buffered: true })
}

const now = (page: Page) => page.evaluate(() => performance.now())
// After the input: one animation frame (React has committed and styles are computed) and the task after it (painted).
const nextFrame = (page: Page) =>
  page.evaluate(
    () => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))),
  )

async function measure(page: Page, action: () => Promise<unknown>): Promise<Sample> {
  const t0 = await now(page)
  await action()
  const t1 = await nextFrame(page)
  const longest = await page.evaluate(
    ([a, b]) =>
      window.__longTasks.filter(([s, d]) => s + d > a && s < b).reduce((most, [, d]) => Math.max(most, d), 0),
    [t0, t1],
  )
  return { ms: t1 - t0, longest }
}

async function oneRound(page: Page, url: string, out: Record<string, Sample[]>) {
  const add = (what: string, s: Sample) => (out[what] ??= []).push(s)
  await page.goto(url, { waitUntil: 'load' })
  const sim: Locator = page.locator('section[data-scenario]').first()
  const slider = sim.getByRole('slider', { name: /^(Step|步骤)$/ })
  add(
    'player ready after scroll',
    await measure(page, async () => {
      await sim.scrollIntoViewIfNeeded()
      await slider.waitFor({ timeout: 120_000 })
    }),
  )
  await slider.focus()
  for (let i = 0; i < REPEATS; i++) add('step forward', await measure(page, () => slider.press('ArrowRight')))
  add('scrub to the end', await measure(page, () => slider.press('End')))
  const rows = sim.locator('tbody tr[data-segment]')
  const count = Math.min(await rows.count(), REPEATS + 1)
  for (let i = 0; i < count; i++) add('hover a packet row', await measure(page, () => rows.nth(i).hover()))
}

async function main() {
  const app = await startApp()
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  try {
    const results: Record<string, Record<string, Sample[]>> = {}
    // Rounds interleave the pages, so a burst of load elsewhere on the machine hits all of them.
    for (let round = 0; round < ROUNDS; round++) {
      for (const path of PAGES) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
        const page = await context.newPage()
        await page.addInitScript(recordLongTasks)
        const cdp = await context.newCDPSession(page)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
        await oneRound(page, app.url + path, (results[path] ??= {}))
        await context.close()
      }
    }
    console.log(`\nInteraction, Chromium with ${CPU_SLOWDOWN}× CPU slowdown, ${ROUNDS} rounds (medians):`)
    for (const [path, byAction] of Object.entries(results)) {
      console.log(`\n${path}`)
      console.log('  action                         to next frame   long task (median / worst)')
      for (const [what, samples] of Object.entries(byAction)) {
        const ms = median(samples.map((s) => s.ms))
          .toFixed(0)
          .padStart(6)
        const lt = samples.map((s) => s.longest)
        console.log(
          `  ${what.padEnd(30)} ${ms} ms      ${median(lt).toFixed(0).padStart(5)} / ${lt.reduce((a, b) => Math.max(a, b), 0).toFixed(0)} ms  (n=${samples.length})`,
        )
      }
    }
  } finally {
    await browser.close()
    app.stop()
  }
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
