// The question page's layout around its simulations (issue #16): on a wide screen a sticky pane
// beside the text runs the placement the reader is at; on a phone a "Simulate" link near the top
// jumps to the first placement, whose player loads there.
import { expect, test } from './fixtures'
import { LOCALE_COOKIE } from '../lib/i18n/locales'

test.describe('a 1280 px wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } })

  test('the simulation plays in a sticky pane beside the text and follows the placement asked for', async ({
    page,
  }) => {
    // closing-states places three simulations (two of one scenario, one of another).
    await page.goto('/questions/closing-states')
    const pane = page.getByRole('complementary', { name: 'Simulation' })
    const text = page.getByRole('heading', { level: 1 })
    await expect(pane).toBeVisible()
    const [paneBox, textBox] = [(await pane.boundingBox())!, (await text.boundingBox())!]
    expect(paneBox.x).toBeGreaterThan(textBox.x + 600)
    // The in-text "Simulate" link is for one-column layouts; here the pane is the entry.
    await expect(page.getByRole('link', { name: 'Simulate' })).toBeHidden()

    // The player loads in the pane once the page is idle, with the first placement's task.
    await expect(pane.getByRole('slider', { name: 'Step' })).toBeVisible({ timeout: 60_000 })
    const chooser = pane.getByRole('combobox', { name: 'Simulation to show' })
    await expect(chooser.getByRole('option')).toHaveCount(3)
    await expect(pane).toContainText("drop the server's FIN")

    // Each placement in the text offers to run beside it; pressing the third moves focus to the
    // pane, which now shows that placement.
    const third = page.locator('main section[data-scenario]').nth(2)
    await third.getByRole('button', { name: /Run it beside the text/ }).click()
    await expect(pane.getByRole('heading', { name: 'Simulation' })).toBeFocused()
    await expect(chooser).toHaveValue((await third.getAttribute('aria-labelledby'))!)
    await expect(third.getByRole('button', { name: /Running beside the text/ })).toBeVisible()
    await expect(pane.getByRole('slider', { name: 'Step' })).toBeVisible({ timeout: 60_000 })

    // Sticky: scrolled to the quiz, the pane is still in view, below the shell's sticky header.
    await page.getByRole('heading', { name: 'Check yourself' }).scrollIntoViewIfNeeded()
    const stuck = (await pane.boundingBox())!
    const header = (await page.getByRole('banner').boundingBox())!
    expect(stuck.y).toBeGreaterThanOrEqual(header.y + header.height)
    expect(stuck.y).toBeLessThan(900 / 2)
  })
})

test.describe('a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('a “Simulate” link near the top jumps to the first simulation, which loads there (中文)', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([{ name: LOCALE_COOKIE, value: 'zh', url: baseURL! }])
    await page.goto('/questions/time-wait-2msl')
    await expect(page.getByRole('complementary', { name: '模拟' })).toBeHidden()
    const simulate = page.getByRole('link', { name: '模拟' })
    const box = (await simulate.boundingBox())!
    expect(box.y + box.height).toBeLessThan(844)
    await simulate.click()
    const region = page.getByRole('region', { name: /^模拟：/ }).first()
    await expect(page).toHaveURL(new RegExp(`#${await region.getAttribute('aria-labelledby')}$`))
    await expect(region.getByRole('slider', { name: '步骤' })).toBeVisible({ timeout: 60_000 })
  })
})
