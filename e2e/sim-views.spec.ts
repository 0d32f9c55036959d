// Journeys through the player's views (issue #4): the SYN flood's long packet list, reaching ladder
// segments from the keyboard, the RFC-vs-Linux comparison and a steady layout while playing.
// Every expected value is read from what the UI shows, which the engine's trace produced.
import { type Locator, type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { clearLayoutShifts, layoutShifts, watchLayoutShifts } from './layout-shift'
import { axe } from './axe'

const FLOOD = /Simulation: SYN flood: cookies let the real client in/
const TIME_WAIT = /Simulation: TIME-WAIT when the final ACK is lost/

/** Scrolls to the embed so its interactive player loads (it waits until it is near the viewport). */
async function openPlayer(page: Page, title: RegExp): Promise<Locator> {
  const sim = page.getByRole('region', { name: title })
  await sim.scrollIntoViewIfNeeded()
  await expect(sim.getByRole('slider', { name: 'Step' })).toBeVisible({ timeout: 60_000 })
  return sim
}

/** Jumps the player to the last step of its latest run (a re-run arrives after a what-if). */
async function toEnd(sim: Locator) {
  await expect(sim.getByText(/^Running the simulation…/)).toHaveCount(0, { timeout: 30_000 })
  const scrubber = sim.getByRole('slider', { name: 'Step' })
  await scrubber.focus()
  await scrubber.press('End')
  await expect(sim.getByRole('status').filter({ hasText: /^Step (\d+) of \1 / })).toBeVisible({
    timeout: 30_000,
  })
}

test('the SYN flood’s thousands of packets are listed a screenful at a time and browsed with the keyboard', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/questions/syn-flood-syn-cookies')
  const sim = await openPlayer(page, FLOOD)
  await toEnd(sim)
  const packets = sim.getByRole('table', { name: 'Packet list' })
  // Screen readers hear the whole list's size; the DOM holds only the rows in view and a margin.
  const rowCount = Number(await packets.getAttribute('aria-rowcount'))
  expect(rowCount).toBeGreaterThan(1000)
  const rendered = packets.locator('tbody tr[data-segment]')
  expect(await rendered.count()).toBeLessThan(60)
  // Rows of one fixed height, and blank space standing in for the rest: the box scrolls as far
  // as if every row were there.
  const heights = await rendered.evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height))
  expect(new Set(heights).size).toBe(1)
  const [height] = heights
  const full = await packets.evaluate((table) => ({
    body: table.querySelector('tbody')!.getBoundingClientRect().height,
  }))
  expect(full.body).toBeCloseTo((rowCount - 1) * height, 0)

  // One tab stop among the packet numbers; End selects the last packet and scrolls it into view.
  await sim.getByRole('region', { name: 'Packet list' }).scrollIntoViewIfNeeded()
  const first = packets.getByRole('button', { name: '1', exact: true })
  await first.focus()
  await page.keyboard.press('End')
  const lastNo = String(rowCount - 1)
  const last = packets.getByRole('button', { name: lastNo, exact: true })
  await expect(last).toBeFocused()
  await expect(last).toHaveAttribute('aria-pressed', 'true')
  await expect(last).toBeInViewport()
  await expect(packets.locator(`tr[aria-rowindex="${rowCount}"]`)).toContainText(lastNo)
  await expect(sim.getByRole('heading', { name: `Packet details · #${lastNo}` })).toBeVisible()
  expect(await rendered.count()).toBeLessThan(60)

  // ↑ moves the selection by one row, Page Up by a screenful, Home back to the first packet.
  await page.keyboard.press('ArrowUp')
  const previous = packets.getByRole('button', { name: String(rowCount - 2), exact: true })
  await expect(previous).toBeFocused()
  await expect(previous).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('PageUp')
  const paged = Number(await page.evaluate(() => document.activeElement?.textContent))
  expect(paged).toBeLessThan(rowCount - 2)
  expect(paged).toBeGreaterThan(rowCount - 40)
  await page.keyboard.press('Home')
  await expect(first).toBeFocused()
  await expect(first).toBeInViewport()
  await expect(sim.getByRole('heading', { name: 'Packet details · #1' })).toBeVisible()
  // The selection is shared: the first segment's arrow is highlighted in the ladder too.
  const segment = await packets.locator('tr[aria-rowindex="2"]').getAttribute('data-segment')
  await expect(sim.locator(`svg g[data-segment="${segment}"]`).first()).toHaveClass(/selected/)
})

/** Presses Tab until `target` has focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, maxPresses = 150) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab')
    const focused = target.evaluate((el) => el === document.activeElement, undefined, { timeout: 50 })
    if (await focused.catch(() => false)) return
  }
  throw new Error(`never reached ${target} with Tab`)
}

test('a keyboard user reaches a ladder segment, drops it from its what-if menu and sees the re-run', async ({
  page,
}) => {
  await page.goto('/questions/time-wait-2msl')
  const sim = await openPlayer(page, TIME_WAIT)
  // Start from a run where nothing is lost, at its last step, so every segment is drawn.
  const drops = sim.getByRole('slider', { name: 'Final ACKs lost' })
  await drops.focus()
  await drops.press('Home')
  await expect(drops).toHaveValue('0')
  await toEnd(sim)
  const packets = sim.getByRole('table', { name: 'Packet list' })
  const lastRow = packets.locator('tbody tr[data-segment]').last()
  await expect(lastRow).toContainText('[ACK]')
  const lastNo = (await lastRow.getByRole('button').textContent())!

  // The segments are one tab stop; End moves to the last one, the client's final ACK.
  const segments = sim.getByRole('toolbar', { name: /Segments/ })
  // The keyboard layer and the windowed list pass axe like the rest of the player.
  const results = await axe(page).include('section[data-scenario]').analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([])
  await tabTo(page, segments.locator('[tabindex="0"]'))
  await page.keyboard.press('End')
  const focused = segments.locator('button:focus')
  await expect(focused).toHaveAccessibleName(/^ACK seq=\d+ ack=\d+, client to server, delivered$/)
  const finalAck = await focused.getAttribute('data-segment')
  // Its focus is visible: an outline where the arrow is.
  const outline = await focused.evaluate(
    (el) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`,
  )
  expect(outline).not.toMatch(/^none|0px$/)
  // ↑ goes back in time: the server's FIN that this ACK answers.
  await page.keyboard.press('ArrowUp')
  await expect(focused).toHaveAccessibleName(/^FIN, ACK .*, server to client, delivered$/)
  await page.keyboard.press('ArrowDown')
  await expect(focused).toHaveAttribute('data-segment', finalAck!)

  // Enter selects it (the packet list agrees) and opens the what-if menu with focus inside.
  await page.keyboard.press('Enter')
  await expect(packets.getByRole('button', { name: lastNo, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  const menu = sim.getByRole('group', { name: `What if… (packet #${lastNo})` })
  const drop = menu.getByRole('button', { name: 'Drop it' })
  await expect(drop).toBeFocused()
  await page.keyboard.press('Enter')

  // The re-run: the what-if is listed, focus is back on the ladder's segments, and at the end the
  // ACK is drawn dropped and the server retransmits its FIN.
  await expect(sim.getByRole('status').filter({ hasText: '1 what-if change(s) applied' })).toBeVisible()
  await expect(segments.locator('[tabindex="0"]')).toBeFocused()
  await toEnd(sim)
  await expect(segments.getByRole('button', { name: /client to server, dropped$/ })).toHaveCount(1)
  await expect(segments.getByRole('button', { name: /client to server, dropped$/ })).toHaveAccessibleName(
    /^ACK seq=\d+ ack=\d+, /,
  )
  await expect(packets.getByRole('row', { name: /\[TCP Retransmission\].*\[FIN, ACK\]/ })).toHaveCount(1)
})

test('on the TIME-WAIT question, the RFC-vs-Linux comparison shows the engine’s close and TIME-WAIT lengths under each profile', async ({
  page,
}) => {
  await page.goto('/questions/time-wait-2msl')
  const sim = await openPlayer(page, TIME_WAIT)
  await sim.getByRole('checkbox', { name: 'Compare RFC and Linux side by side' }).check()
  const summary = sim.getByText(/^Close: .* · TIME-WAIT: .*$/)
  const [, rfcClose, linuxClose, rfcTw, linuxTw] = (await summary.textContent())!.match(
    /^Close: (\d+) segments \(RFC\) vs (\d+) \(Linux\) · TIME-WAIT: ([\d.]+) s vs ([\d.]+) s$/,
  )!

  // Each side's ladder must tell the same story as the summary line above it.
  async function fromLadder(profile: string) {
    const side = sim.getByRole('region', { name: profile })
    const ladder = side.getByRole('img', { name: /Sequence diagram/ })
    // Arrows in send order: the close is everything from the first FIN on.
    const flags = await ladder
      .locator('g[data-segment]')
      .evaluateAll((gs) => gs.map((g) => g.querySelector('tspan')?.textContent ?? ''))
    const close = flags.length - flags.findIndex((f) => f.includes('FIN'))
    // The client's TIME-WAIT bar that ran its full length (the ones cut short were re-armed).
    const bar = await ladder
      .locator('rect title')
      .filter({ hasText: /^client: 2MSL \/ TIME-WAIT .*\(fired\)$/ })
      .textContent()
    const [, start, end] = bar!.match(/([\d.]+) s → ([\d.]+) s/)!
    return { close: String(close), timeWait: (Number(end) - Number(start)).toFixed(3) }
  }
  expect(await fromLadder('RFC 9293 profile')).toEqual({ close: rfcClose, timeWait: rfcTw })
  expect(await fromLadder('Linux profile')).toEqual({ close: linuxClose, timeWait: linuxTw })
  // The profiles really differ: Linux's TIME-WAIT is its fixed 60 s, shorter than the RFC's 2MSL.
  expect(Number(linuxTw)).toBeLessThan(Number(rfcTw))
})

test('playing a scenario shifts no layout in the player', async ({ page }) => {
  await page.goto('/questions/time-wait-2msl')
  const sim = await openPlayer(page, TIME_WAIT)
  await watchLayoutShifts(page)
  // Start from a clean slate: shifts while the page and the player loaded are not playback's.
  await page.waitForTimeout(500)
  await clearLayoutShifts(page)

  const status = sim.getByRole('status').filter({ hasText: /^Step \d+ of/ })
  await sim.getByRole('button', { name: 'Play' }).click()
  // Playback runs until the prediction prompt pauses it (or to the end).
  await expect(sim.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 30_000 })
  expect(Number((await status.textContent())!.match(/^Step (\d+)/)![1])).toBeGreaterThan(3)
  await page.waitForTimeout(500)
  const { score, shifts } = await layoutShifts(page)
  test.info().annotations.push({ type: 'layout-shift score', description: String(score) })
  expect(score, JSON.stringify(shifts)).toBeLessThan(0.01)
})

// The player's two-column views follow its own width (a container query): a 1024 px window gives a
// question's in-text player about 58rem. At 1280 px the page moves players into its side pane.
test.describe('a 1024 px wide screen', () => {
  test.use({ viewport: { width: 1024, height: 900 } })

  test('the ladder grows to the height of the states column beside it, instead of leaving space under it', async ({
    page,
  }) => {
    await page.goto('/questions/time-wait-2msl')
    const sim = await openPlayer(page, TIME_WAIT)
    const ladder = sim.getByRole('group', { name: 'Sequence diagram' })
    // The column beside the ladder: the states section, the connection-variables panel…
    const column = sim.getByRole('heading', { name: 'Connection states' }).locator('xpath=../..')
    const box = (await ladder.boundingBox())!
    const side = (await column.boundingBox())!
    // …which is the taller one here: the ladder grew past its own 28rem.
    expect(box.height).toBeGreaterThan(28 * 16 + 100)
    // Its transcript toggle sits below the ladder box, so the box ends a line above the column.
    expect(side.y + side.height - (box.y + box.height)).toBeLessThan(60)
  })
})
