// Journeys through the scenario playground (issue #4): compose, run, share by URL, broken links.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

/** Moves the player to its last step and returns what it shows: transcript lines and packet rows. */
async function traceShown(page: Page) {
  const scrub = page.getByRole('slider', { name: 'Step' })
  await scrub.focus()
  await page.keyboard.press('End')
  await page.getByText('Text transcript').click()
  const transcript = await page.locator('details:has(> summary:text("Text transcript")) li').allTextContents()
  const rows = await page.getByRole('table', { name: 'Packet list' }).getByRole('row').allTextContents()
  return { transcript, rows }
}

const plainLink = (scenario: unknown) =>
  '/playground?s=j' + Buffer.from(JSON.stringify(scenario)).toString('base64url')

test('a playground URL round-trips: build a scenario, copy the URL, open it in a new page, same trace', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/playground')
  await page.getByLabel('Library scenario').selectOption({ label: 'The four-segment close (RFC)' })
  await page.getByRole('button', { name: 'Load scenario' }).click()
  await page.getByLabel('Latency, ms').fill('25')
  // Lose the client's first segment (its SYN), so the trace has a retransmission to compare.
  await page.getByRole('button', { name: 'Add fault' }).click()
  await expect(page.getByLabel('Kind')).toHaveValue('drop')
  await page.getByRole('button', { name: 'Run', exact: true }).click()

  await expect(page.getByRole('list', { name: 'Expectations' }).getByRole('listitem')).not.toHaveCount(0)
  const first = await traceShown(page)
  expect(first.transcript.some((line) => line.includes('dropped'))).toBe(true)
  expect(first.rows.some((row) => row.includes('TCP Retransmission'))).toBe(true)

  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status').filter({ hasText: /Link copied|Could not copy/ })).toBeVisible()
  const link = await page.getByLabel('Link to the last run').inputValue()
  expect(link).toMatch(/\/playground\?s=z[\w-]+$/)
  expect(page.url()).toBe(link)
  const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => link)
  expect(copied).toBe(link)

  const second = await context.newPage()
  await second.goto(link)
  await expect(second.getByLabel('Latency, ms')).toHaveValue('25')
  expect(await traceShown(second)).toEqual(first)
})

test('a broken playground link shows a clear message', async ({ page }) => {
  const response = await page.goto('/playground?s=zThisWasCutShort')
  expect(response?.status()).toBe(200)
  const alert = page.getByRole('alert', { name: 'This playground link could not be opened' })
  await expect(alert).toContainText('This is not a valid scenario link')
  await alert.getByRole('link', { name: 'Start fresh' }).click()
  await expect(page).toHaveURL(/\/playground$/)
  await expect(alert).toHaveCount(0)

  // A readable scenario with a wrong field names the field, and the form opens with it marked.
  await page.goto(
    plainLink({ name: 'x', hosts: { client: { ip: '10.0.0.1' }, server: { ip: '10.0.0.999' } } }),
  )
  await expect(alert).toContainText('hosts.server.ip')
  await expect(page.getByLabel('IPv4 address').nth(1)).toHaveAttribute('aria-invalid', 'true')

  await page.goto('/playground?s=z' + 'A'.repeat(8000))
  await expect(alert).toContainText('too long')
})

test('a wrong value shows the schema message next to its field and blocks the run', async ({ page }) => {
  await page.goto('/playground')
  const port = page.getByLabel('Port').first()
  await port.fill('70000')
  await expect(port).toHaveAttribute('aria-invalid', 'true')
  const describedBy = (await port.getAttribute('aria-describedby'))!.split(' ').at(-1)!
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText('65535')
  await page.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(page.getByText('Fix 1 problem(s) before running:')).toBeVisible()
  await page.getByRole('link', { name: 'apps.0.actions.0.port' }).click()
  await expect(port).toBeFocused()
  await expect(page.getByLabel('Link to the last run')).toHaveCount(0)
})

test('the JSON panel edits what the form does not cover and lists problems by path', async ({ page }) => {
  await page.goto('/playground')
  await page.getByText('Edit as JSON').click()
  const json = page.getByLabel('Scenario JSON')
  const scenario = JSON.parse(await json.inputValue())
  scenario.expect = [{ host: 'nobody', passesThrough: 'LAST-ACK' }]
  await json.fill(JSON.stringify(scenario))
  await page.getByRole('button', { name: 'Apply JSON' }).click()
  await expect(page.getByText('The simulator rejects this scenario:')).toBeVisible()
  await expect(page.getByRole('link', { name: 'expect.0.host' }).first()).toBeVisible()
  await json.fill('{ "name": ')
  await page.getByRole('button', { name: 'Apply JSON' }).click()
  await expect(page.getByText(/Not valid JSON/)).toBeVisible()
})

test('the playground fits 360 px, speaks Chinese and has no axe violations', async ({ page, context }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/playground')
  await page.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(page.getByRole('slider', { name: 'Step' })).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  const results = await new AxeBuilder({ page }).analyze()
  expect(
    results.violations,
    results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`).join('\n'),
  ).toEqual([])

  await context.addCookies([{ name: 'locale', value: 'zh', url: page.url() }])
  await page.goto('/playground?s=zBROKEN')
  await expect(page.getByRole('alert', { name: '无法打开这个实验场链接' })).toContainText(
    '这不是有效的场景链接',
  )
  await page.screenshot({ path: 'test-results/playground-zh-360.png', fullPage: true })
  await expect(page.getByRole('button', { name: '运行', exact: true })).toBeVisible()
})
