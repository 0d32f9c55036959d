// Heavy and hostile playground links (issue #17): the engine runs in a Web Worker, so the page
// answers input while a run is in progress, a run can be cancelled and run again, a run that
// reaches the simulation's event budget stops and says so, and its result arrives in bounded
// pieces, each a short task on the page (issue #16).
import { expect, test, type Page } from '@playwright/test'
import { recordCspViolations } from './csp'

/** A listener under a SYN flood: `count` spoofed SYNs at `ratePerSec`. */
const flood = (count: number, ratePerSec: number) => ({
  name: `flood-${count}`,
  hosts: {
    server: { ip: '10.0.0.2', profile: 'linux' },
    attacker: { ip: '10.0.0.66', profile: 'linux' },
  },
  apps: [{ host: 'server', actions: [{ at: 0, do: 'listen', port: 80, backlog: 4 }] }],
  faults: [{ kind: 'syn-flood', from: 'attacker', to: 'server', port: 80, at: 0, ratePerSec, count }],
})
const link = (scenario: unknown) =>
  '/playground?s=j' + Buffer.from(JSON.stringify(scenario)).toString('base64url')

/**
 * Types into a text field while the run is in progress and returns the slowest input delay the
 * page saw: from the key event's creation to its `input` handler (what a learner would feel).
 */
async function slowestInputDelay(page: Page, label: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { inputDelays: number[] }
    w.inputDelays = []
    document.addEventListener('input', (e) => w.inputDelays.push(performance.now() - e.timeStamp), true)
  })
  const field = page.getByLabel(label)
  await field.pressSequentially('still typing', { delay: 30 })
  await expect(field).toHaveValue('still typing')
  const delays = await page.evaluate(() => (window as unknown as { inputDelays: number[] }).inputDelays)
  expect(delays.length).toBe('still typing'.length)
  return delays.reduce((a, b) => Math.max(a, b), 0)
}

/** Starts recording the page's long tasks: main-thread tasks over 50 ms (the Long Tasks API). */
async function observeLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; ms: number }[] }
    w.longTasks = []
    new PerformanceObserver((list) => {
      for (const t of list.getEntries()) w.longTasks.push({ start: t.startTime, ms: Math.round(t.duration) })
    }).observe({ type: 'longtask' })
  })
}

/**
 * The long tasks recorded so far (two frames after the player appeared, so its first render is
 * in), split where the run's last piece arrived (the page's 'engine-run-arrived' mark).
 */
async function longTasksSoFar(page: Page): Promise<{ arrival: number[]; firstRender: number[] }> {
  return page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(done))
    await frame()
    await frame()
    const arrived = performance.getEntriesByName('engine-run-arrived').at(-1)?.startTime ?? Infinity
    const tasks = (window as unknown as { longTasks: { start: number; ms: number }[] }).longTasks
    return {
      arrival: tasks.filter((t) => t.start <= arrived).map((t) => t.ms),
      firstRender: tasks.filter((t) => t.start > arrived).map((t) => t.ms),
    }
  })
}

test('a hostile link runs off the main thread: input stays quick, the budget stops it, Cancel works, its result arrives without a long task', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const violations = await recordCspViolations(page)
  // 100 000 SYNs, the schema's limit, at 10 000 a second: over 200 000 trace events.
  await page.goto(link(flood(100_000, 10_000)))
  const running = page.getByRole('status').filter({ hasText: /Running the simulation|Preparing the views/ })
  await expect(running).toBeVisible()
  expect(await slowestInputDelay(page, 'Description (optional)')).toBeLessThan(200)
  await expect(running).toBeVisible() // the measurement was taken while the worker was busy

  // Cancel ends the run at once; the run again then goes on to the budget. (Only one run goes that
  // far: each costs the shared machine seconds of engine time.)
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Run cancelled.' })).toBeVisible()
  await expect(running).toBeHidden()
  await page.getByRole('button', { name: 'Run again' }).click()
  await expect(running).toBeVisible()

  // The engine stops at the budget and says so at once, while the worker builds the views; from
  // then on no main-thread task may run long while the 200 000-event result arrives, piece by piece.
  const budget = page.getByText(
    'This run stopped after 200,000 events: the simulation’s budget. Shorten the scenario',
  )
  await expect(budget).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('status').filter({ hasText: 'Preparing the views' })).toBeVisible()
  await observeLongTasks(page)
  await expect(page.getByRole('slider', { name: 'Step' })).toBeVisible({ timeout: 60_000 })
  await expect(budget).toBeVisible()
  const { arrival, firstRender } = await longTasksSoFar(page)
  // The bound is 1 s, not 50 ms: each piece costs the page ~1 ms of CPU (2.8 s over ~2 400 pieces
  // in a profile), but on the shared 2-core machine at load average 20 a task's wall time also
  // holds the time other processes had the core and the garbage collector's pauses: up to 456 ms
  // measured. The whole run as one message, as before, was a single task of several seconds.
  test.info().annotations.push({ type: 'arrival long tasks (ms)', description: arrival.join(', ') })
  expect(arrival.filter((ms) => ms >= 1_000)).toEqual([])
  // The first render places the model's ladder rows (computed in the worker) across the box's
  // width and renders what is in view: 325–375 ms at most measured at load average 7–10 (React's render
  // ~250 ms of CPU, layoutLadder ~60 ms of it), where it was one 2.5 s task. Same bound, same
  // reason: the rest of a task's wall time is the shared machine's.
  test.info().annotations.push({ type: 'first render long tasks (ms)', description: firstRender.join(', ') })
  expect(firstRender.filter((ms) => ms >= 1_000)).toEqual([])
  expect(violations).toEqual([])
})

test('a heavy but legal link runs to the end with its expectations, without a budget note', async ({
  page,
}) => {
  // 4 000 SYNs at 200 a second: about 10 000 events, well inside the budget.
  const scenario = {
    ...flood(4_000, 200),
    expect: [{ note: 'Possible SYN flooding on port 80. Sending cookies.' }],
  }
  await page.goto(link(scenario))
  await expect(page.getByRole('list', { name: 'Expectations' }).getByRole('listitem')).toHaveCount(1, {
    timeout: 20_000,
  })
  await expect(page.getByText(/the simulation’s budget/)).toHaveCount(0)
  await expect(page.getByRole('slider', { name: 'Step' })).toBeVisible()
})
