// Axe over the loaded, interactive player (issue #4), in light and dark mode: mid-playback, so
// timers, in-flight arrows, highlighted states and a selected packet are drawn, with the what-if
// menu and the keyboard help open. e2e/shell.spec.ts only sees the page before the player loads.
import { type Locator, type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { axe } from './axe'

const questions = [
  { slug: 'time-wait-2msl', title: /Simulation: TIME-WAIT when the final ACK is lost/ },
  { slug: 'syn-flood-syn-cookies', title: /Simulation: SYN flood: cookies let the real client in/ },
]

/** Fails with each violation's rule and first few elements, so a failure says what to fix. */
async function expectNoAxeViolations(page: Page, what: string) {
  const { violations } = await axe(page).analyze()
  const found = violations.map(
    (v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => `${n.target} ${n.failureSummary ?? ''}`)}`,
  )
  expect(found, what).toEqual([])
}

/** Scrolls to the embed and waits until its interactive player has replaced the static ladder. */
async function openPlayer(page: Page, title: RegExp | string): Promise<Locator> {
  const sim = page.getByRole('region', { name: title })
  await sim.scrollIntoViewIfNeeded()
  await expect(sim.getByRole('slider', { name: /Step|步骤/ })).toBeVisible({ timeout: 60_000 })
  return sim
}

/**
 * Plays a moment, then steps to a segment's send, where its arrow is in flight and timers run;
 * selects a packet (detail pane, highlighted arrow) and, on a question page, opens its what-if menu
 * (the playground edits faults in its form instead).
 */
async function playToMidRun(page: Page, sim: Locator, { whatIf = true } = {}) {
  const status = sim.getByRole('status').filter({ hasText: /^(Step|第)/ })
  await sim.getByRole('button', { name: /^(Play|播放)$/ }).click()
  await page.waitForTimeout(400)
  await sim.getByRole('button', { name: /^(Pause|暂停)$/ }).click()
  await expect(status).not.toHaveText(/^(Step 1 of|第 1 步，)/)
  const scrubber = sim.getByRole('slider', { name: /Step|步骤/ })
  await scrubber.focus()
  await scrubber.press('Home')
  for (let i = 0; i < 5; i++) await scrubber.press('ArrowRight')
  // The newest segment has just been sent (its arrow starts in flight); pick the one before it.
  const rows = sim.locator('table tbody tr[data-segment]')
  expect(await rows.count()).toBeGreaterThan(1)
  const picked = rows.nth(-2)
  await picked.getByRole('button').click()
  await expect(picked.getByRole('button')).toHaveAttribute('aria-pressed', 'true')
  await expect(sim.getByRole('heading', { name: /^(Packet details|数据包详情) · #\d+$/ })).toBeVisible()
  if (!whatIf) return
  const segment = await picked.getAttribute('data-segment')
  await sim.locator(`svg g[data-segment="${segment}"] text`).first().click()
  await expect(sim.getByRole('group', { name: /^(What if… \(packet #|如果……（第 )\d+/ })).toBeVisible()
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme })

    for (const { slug, title } of questions) {
      test(`the loaded player on ${slug}, mid-run with a packet, its what-if menu and the shortcut help open, has no axe violations`, async ({
        page,
      }) => {
        test.slow()
        await page.goto(`/questions/${slug}`)
        const sim = await openPlayer(page, title)
        await playToMidRun(page, sim)
        await expectNoAxeViolations(page, `${slug}, ${scheme}, what-if menu open`)

        await sim.getByRole('button', { name: 'Keyboard shortcuts' }).click()
        await expect(sim.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
        await expectNoAxeViolations(page, `${slug}, ${scheme}, shortcut help open`)
      })
    }
  })
}

test.describe('dark mode in Chinese', () => {
  test.use({ colorScheme: 'dark', locale: 'zh-CN' })

  test('the loaded player on a Chinese question page has no axe violations', async ({ page }) => {
    test.slow()
    await page.goto('/questions/time-wait-2msl')
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    const sim = await openPlayer(page, /模拟/)
    await playToMidRun(page, sim)
    await sim.getByRole('button', { name: '键盘快捷键' }).click()
    await expectNoAxeViolations(page, 'time-wait-2msl in Chinese, dark')
  })
})

test.describe('dark mode on the playground', () => {
  test.use({ colorScheme: 'dark' })

  test('the playground after a run, mid-way through it with a packet selected, has no axe violations', async ({
    page,
  }) => {
    test.slow()
    await page.goto('/playground')
    await page.getByLabel('Library scenario').selectOption({ label: 'The four-segment close (RFC)' })
    await page.getByRole('button', { name: 'Load scenario' }).click()
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    const sim = page.getByRole('region', { name: 'Result' })
    await expect(sim.getByRole('slider', { name: 'Step' })).toBeVisible()
    await playToMidRun(page, sim, { whatIf: false })
    await expectNoAxeViolations(page, 'playground, dark')
  })
})
