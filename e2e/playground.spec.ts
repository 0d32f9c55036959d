// Journeys through the scenario playground (issue #4): compose, run, share by URL, broken links.
import { expect, test, type Page } from '@playwright/test'
import { axe } from './axe'

/** Moves the player to its last step and returns what it shows: transcript lines and packet rows. */
async function traceShown(page: Page) {
  const scrub = page.getByRole('slider', { name: 'Step' })
  await scrub.focus()
  await page.keyboard.press('End')
  await page.getByText('Text transcript').click()
  // The transcript renders its lines once the disclosure has opened (issue #16).
  const lines = page.locator('details:has(> summary:text("Text transcript")) li')
  await expect(lines.first()).toBeAttached()
  const transcript = await lines.allTextContents()
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

test('a learner composes a drop fault and expectations in the form only, runs it and sees each expectation met', async ({
  page,
  context,
}) => {
  await page.goto('/playground')
  await page.getByRole('button', { name: 'Start blank' }).click()

  // A server that listens and a client that connects to it.
  await page.getByRole('button', { name: 'Add application' }).click()
  await page
    .getByRole('group', { name: 'Application 1 on client' })
    .getByLabel('Runs on')
    .selectOption('server')
  await page.getByRole('button', { name: 'Add application' }).click()
  const client = page.getByRole('group', { name: 'Application 2 on client' })
  await client.getByLabel('Does').selectOption('connect')
  await expect(client.getByLabel('To host')).toHaveValue('server')

  // Lose the client's first SYN.
  await page.getByRole('button', { name: 'Add fault' }).click()
  const fault = page.getByRole('group', { name: 'Fault 1' })
  await expect(fault.getByLabel('Kind')).toHaveValue('drop')
  await fault.getByLabel('Sent by').selectOption('client')
  await fault.getByLabel('Exact flags, e.g. FIN,ACK').fill('SYN')

  // The client still connects, after exactly one SYN retransmission.
  await page.getByRole('button', { name: 'Add expectation' }).click()
  const reached = page.getByRole('group', { name: 'Expectation 1' })
  await reached.getByLabel('Host').selectOption('client')
  await reached.getByLabel('State').selectOption('ESTABLISHED')
  await page.getByRole('button', { name: 'Add expectation' }).click()
  const retransmitted = page.getByRole('group', { name: 'Expectation 2' })
  await retransmitted.getByLabel('Expect').selectOption('segments')
  await retransmitted.getByLabel('Sent as').selectOption('retransmission')
  await retransmitted.getByLabel('At least').fill('')
  await retransmitted.getByLabel('Exactly').fill('1')
  // A wrong flag list is flagged with the schema's message next to the field, then fixed.
  const flags = retransmitted.getByLabel('Exact flags, e.g. FIN,ACK')
  await flags.fill('SYNN')
  await expect(flags).toHaveAttribute('aria-invalid', 'true')
  await expect(retransmitted).toContainText('comma-separated list of FIN, SYN, RST, PSH, ACK')
  await flags.fill('SYN')
  await expect(flags).not.toHaveAttribute('aria-invalid', 'true')

  await page.getByRole('button', { name: 'Run', exact: true }).click()
  const results = page.getByRole('list', { name: 'Expectations' }).getByRole('listitem')
  await expect(results).toHaveCount(2)
  await expect(results.nth(0)).toHaveText('✓ met: client passes through ESTABLISHED')
  await expect(results.nth(1)).toHaveText(
    '✓ met: exactly 1 segment(s) from client, flags SYN, sent as retransmission',
  )
  const first = await traceShown(page)
  expect(first.transcript.some((line) => line.includes('dropped'))).toBe(true)

  // The link carries the fault and the expectations: a new page shows the same form, results and trace.
  const second = await context.newPage()
  await second.goto(await page.getByLabel('Link to the last run').inputValue())
  await expect(
    second.getByRole('group', { name: 'Fault 1' }).getByLabel('Exact flags, e.g. FIN,ACK'),
  ).toHaveValue('SYN')
  await expect(second.getByRole('list', { name: 'Expectations' }).getByRole('listitem')).toHaveText(
    await results.allTextContents(),
  )
  expect(await traceShown(second)).toEqual(first)
})

test('a starter with knobs, a variant, a per-link setting and reordered faults round-trip through the URL with the same trace', async ({
  page,
  context,
}) => {
  await page.goto('/playground')
  await page
    .getByLabel('Library scenario')
    .selectOption({ label: 'SYN flood: cookies let the real client in' })
  // The entry's knobs, turned with the keyboard: backlog 8, cookies off, the slowest flood.
  const backlog = page.getByRole('slider', { name: 'listen() backlog' })
  await backlog.focus()
  await page.keyboard.press('Home')
  for (let i = 1; i < 8; i++) await page.keyboard.press('ArrowRight')
  await expect(backlog).toHaveValue('8')
  await page.getByRole('checkbox', { name: 'SYN cookies (tcp_syncookies)' }).press('Space')
  await page.getByRole('slider', { name: 'Attacker’s SYNs per second' }).press('Home')
  await page.getByRole('button', { name: 'Load scenario' }).click()
  await expect(
    page.getByRole('group', { name: 'Application 1 on server' }).getByLabel('Backlog'),
  ).toHaveValue('8')
  await expect(page.getByRole('group', { name: 'Host server' }).getByLabel('SYN cookies')).toHaveValue('off')
  await expect(page.getByRole('group', { name: 'Fault 1' }).getByLabel('SYNs per second')).toHaveValue('1')

  // A counterfactual switch, so the link must carry the variants too.
  await page.getByRole('checkbox', { name: 'TIME-WAIT lasts zero seconds' }).check()

  // A slow path from the client to the server only.
  await page.getByRole('button', { name: 'Add link setting' }).click()
  const link = page.getByRole('group', { name: 'Link 1: client → server' })
  await link.getByLabel('Latency, ms').fill('40')
  await link.getByLabel('Loss (0 to 1)').fill('0')

  // A second fault, moved ahead of the flood with the keyboard; focus follows it.
  await page.getByRole('button', { name: 'Add fault' }).click()
  await page.getByRole('group', { name: 'Fault 2' }).getByLabel('Kind').selectOption('reorder')
  await page.getByRole('button', { name: 'Move fault 2 up' }).press('Enter')
  await expect(page.getByRole('button', { name: 'Move fault 1 down' })).toBeFocused()
  await expect(page.getByRole('group', { name: 'Fault 1' }).getByLabel('Kind')).toHaveValue('reorder')
  await expect(page.getByRole('group', { name: 'Fault 2' }).getByLabel('Kind')).toHaveValue('syn-flood')

  await page.getByRole('button', { name: 'Run', exact: true }).click()
  // Cookies off: the expectation that the client gets in through a cookie now fails, and says why.
  await expect(
    page.getByRole('list', { name: 'Expectations' }).getByRole('listitem').filter({ hasText: '✗' }),
  ).not.toHaveCount(0)
  const first = await traceShown(page)

  const second = await context.newPage()
  await second.goto(await page.getByLabel('Link to the last run').inputValue())
  await expect(
    second.getByRole('group', { name: 'Link 1: client → server' }).getByLabel('Latency, ms'),
  ).toHaveValue('40')
  await expect(second.getByRole('group', { name: 'Fault 1' }).getByLabel('Kind')).toHaveValue('reorder')
  await expect(second.getByRole('checkbox', { name: 'TIME-WAIT lasts zero seconds' })).toBeChecked()
  expect(await traceShown(second)).toEqual(first)

  // Removing with the keyboard leaves focus on the next item's Remove, then on Add fault.
  await second.getByRole('button', { name: 'Remove fault 1' }).press('Enter')
  await expect(second.getByRole('button', { name: 'Remove fault 1' })).toBeFocused()
  await expect(second.getByRole('group', { name: 'Fault 1' }).getByLabel('Kind')).toHaveValue('syn-flood')
  await second.keyboard.press('Enter')
  await expect(second.getByRole('button', { name: 'Add fault' })).toBeFocused()
  await expect(second.getByRole('group', { name: /^Fault \d+$/ })).toHaveCount(0)
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

test('the JSON panel mirrors the form, applies edits and lists problems by path', async ({ page }) => {
  await page.goto('/playground')
  // A profile default turned off in the form shows up in the JSON as an explicit false.
  const client = page.getByRole('group', { name: 'Host client' })
  await client.getByText('More stack parameters').click()
  await client.getByLabel('Timestamps option (RFC 7323)').selectOption('false')
  await page.getByText('Edit as JSON').click()
  const json = page.getByLabel('Scenario JSON')
  const scenario = JSON.parse(await json.inputValue())
  expect(scenario.hosts.client.params.timestamps).toBe(false)
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
  // Axe over the whole form with every editor open, and a run, takes about 20 s on 2 cores.
  test.slow()
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/playground')
  // Every editor with something in it: all host parameters, a link setting, the widest fault kind,
  // a segment expectation.
  for (const more of await page.getByText('More stack parameters').all()) await more.click()
  await page.getByRole('button', { name: 'Add link setting' }).click()
  await page.getByRole('button', { name: 'Add fault' }).click()
  await page
    .getByRole('group', { name: /^Fault \d+$/ })
    .last()
    .getByLabel('Kind')
    .selectOption('inject')
  await page.getByRole('button', { name: 'Add expectation' }).click()
  await page
    .getByRole('group', { name: /^Expectation \d+$/ })
    .last()
    .getByLabel('Expect')
    .selectOption('segments')
  await page.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(page.getByRole('slider', { name: 'Step' })).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  const results = await axe(page).analyze()
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
  for (const name of ['添加链路设置', '添加故障', '添加预期', '载入场景'])
    await expect(page.getByRole('button', { name })).toBeVisible()
})
