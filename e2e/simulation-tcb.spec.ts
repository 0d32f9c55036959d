// The connection-variables (TCB) panel beside the state diagrams (issue #4), on the TIME-WAIT
// question (scenario time-wait-final-ack-lost: the client closes first, its last ACK is lost).
import { type Locator, type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { axe } from './axe'

const QUESTION = '/questions/time-wait-2msl'
/** The simulation region, scrolled near the viewport so the player loads (LazyPlayer). */
async function simulation(page: Page, name: RegExp = /Simulation: TIME-WAIT when the final ACK is lost/) {
  const sim = page.getByRole('region', { name })
  await sim.scrollIntoViewIfNeeded()
  return sim
}

/** The value cell of the row whose header starts with `name` (the RFC name, then its meaning). */
const cell = (table: Locator, name: string) =>
  table.getByRole('row', { name: new RegExp(`^${name.replace('.', '\\.')}\\b`) }).getByRole('cell')

test('stepping through the close, the client’s SND.NXT advances by one with its FIN', async ({ page }) => {
  await page.goto(QUESTION)
  const sim = await simulation(page)
  const tcb = sim.getByRole('table', { name: 'Connection variables' })
  await expect(tcb).toBeVisible()
  await expect(sim.getByRole('radio', { name: 'client' })).toBeChecked()
  const stepForward = sim.getByRole('button', { name: 'Step forward' })

  // Before connect(): no connection yet. Then SYN-SENT with SND.NXT = 1 (the SYN) and no IRS.
  await expect(cell(tcb, 'State')).toHaveText('—')
  await stepForward.click()
  await expect(cell(tcb, 'State')).toHaveText('SYN-SENT')
  await expect(cell(tcb, 'SND.NXT')).toHaveText(/^1\b/)
  await expect(cell(tcb, 'IRS')).toHaveText('—')

  // Step until the client leaves ESTABLISHED; remember SND.NXT just before.
  let before = { rel: NaN, raw: NaN }
  for (let i = 0; i < 20; i++) {
    const state = await cell(tcb, 'State').textContent()
    if (state === 'FIN-WAIT-1') break
    const nxt = cell(tcb, 'SND.NXT').locator('span[title]')
    before = {
      rel: Number(await nxt.evaluate((el) => el.firstChild?.textContent)),
      raw: Number((await nxt.getAttribute('title'))?.match(/\d+/)?.[0]),
    }
    await stepForward.click()
  }
  await expect(cell(tcb, 'State')).toHaveText('FIN-WAIT-1')
  const nxt = cell(tcb, 'SND.NXT').locator('span[title]')
  expect(Number(await nxt.evaluate((el) => el.firstChild?.textContent))).toBe(before.rel + 1)
  expect(await nxt.getAttribute('title')).toBe(`raw ${before.raw + 1}`)
  // The FIN is still unacknowledged: SND.UNA lags by one and the retransmission timer runs.
  await expect(cell(tcb, 'SND.UNA')).toHaveText(new RegExp(`^${before.rel}\\b`))
  await expect(tcb.getByRole('row', { name: /^RTO \d+\.\d{3} s left$/ })).toHaveCount(1)

  // The server's side is one radio away: its FIN has not arrived yet, and it has sent the SYN
  // and a 300-byte response, so its SND.NXT is 301.
  await sim.getByRole('radio', { name: 'server' }).check()
  await expect(cell(tcb, 'State')).toHaveText('ESTABLISHED')
  await expect(cell(tcb, 'SND.NXT')).toHaveText(/^301\b/)
  await expect(cell(tcb, 'RCV.NXT')).toHaveText(new RegExp(`^${before.rel}\\b`))
})

test('the panel keeps its size while stepping, fits 360 px and has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto(QUESTION)
  const sim = await simulation(page)
  const tcb = sim.getByRole('table', { name: 'Connection variables' })
  await tcb.scrollIntoViewIfNeeded()
  const stepForward = sim.getByRole('button', { name: 'Step forward' })
  // Measure once the web font has swapped in: only the values may change from here on.
  await expect(tcb).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  const sizes = new Set<string>()
  for (let i = 0; i < 10; i++) {
    const box = (await tcb.boundingBox())!
    sizes.add(`${Math.round(box.width)}x${Math.round(box.height)}`)
    await stepForward.click()
  }
  expect([...sizes]).toHaveLength(1)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  const results = await axe(page).include('table[aria-describedby$="-tcb-note"]').analyze()
  expect(results.violations).toEqual([])
})

test('on a Chinese page the panel and the engine’s explanations are in Chinese', async ({
  page,
  context,
}) => {
  await context.addCookies([{ name: 'locale', value: 'zh', url: 'http://localhost' }])
  await page.goto(QUESTION)
  const sim = await simulation(page, /模拟/)
  const tcb = sim.getByRole('table', { name: '连接变量' })
  await expect(tcb).toBeVisible()
  await expect(tcb.getByRole('columnheader', { name: '变量' })).toBeVisible()
  // Scrub to the last step: the transcript tells the close with the engine's causes in Chinese.
  const scrub = sim.getByRole('slider', { name: '步骤' })
  await scrub.focus()
  await page.keyboard.press('End')
  const transcript = sim.locator('details').filter({ hasText: '文字版时序' }).last()
  await transcript.locator('summary').click()
  await expect(transcript).toContainText('ESTABLISHED → FIN-WAIT-1（调用 close()：FIN 已排队待发）')
  await expect(transcript).toContainText(
    'TIME-WAIT 状态收到重传的 FIN：再次回复 ACK，并重启 TIME-WAIT 定时器',
  )
  await expect(transcript).not.toContainText('FIN received')
})
