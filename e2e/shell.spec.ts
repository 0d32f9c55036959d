import { expect, test } from '@playwright/test'
import { loadQuestionIndex } from '../lib/content'
import { axe } from './axe'

const nav = [
  { name: 'Questions', path: '/questions' },
  { name: 'Practice', path: '/practice' },
  { name: 'Review', path: '/review' },
  { name: 'Stats', path: '/stats' },
  { name: 'Playground', path: '/playground' },
]

test('every header link opens its page', async ({ page }) => {
  await page.goto('/')
  for (const link of nav) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link.name }).click()
    await expect(page).toHaveURL(link.path)
    await expect(page.getByRole('heading', { level: 1, name: link.name })).toBeVisible()
    await expect(page.getByRole('link', { name: link.name, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    )
  }
})

test('a visitor switches to Chinese and sees the question in Chinese', async ({ page, context }) => {
  const [question] = await loadQuestionIndex()
  await page.goto(`/questions/${question.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.title.en)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await page.getByRole('button', { name: '中文' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.title.zh)
  await expect(page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true')

  // The choice is remembered: the cookie is set and a fresh load renders Chinese on the server.
  expect((await context.cookies()).find((c) => c.name === 'locale')?.value).toBe('zh')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.title.zh)
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '题目' }),
  ).toBeVisible()

  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.title.en)
})

test.describe('a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' })

  test('gets the Chinese interface without choosing anything', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByRole('link', { name: '跳到正文' })).toBeAttached()
  })
})

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' })

  test('follows the system, and a toggled choice is in the first byte of the next page', async ({ page }) => {
    await page.goto('/')
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(await background()).toBe('rgb(17, 20, 23)')

    await page.getByRole('button', { name: 'Switch to light theme' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    expect(await background()).toBe('rgb(251, 250, 247)')

    // No flash: the server already renders data-theme from the cookie, before any script runs.
    const response = await page.request.get('/')
    expect(await response.text()).toMatch(/<html[^>]*data-theme="light"/)
    await page.reload()
    await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible()
  })
})

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/questions')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main#main')).toBeFocused()
})

test.describe('a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('scrolls no page sideways and still shows every header link', async ({ page }) => {
    const [question] = await loadQuestionIndex()
    for (const path of ['/', '/questions', `/questions/${question.slug}`, '/practice', '/does-not-exist']) {
      await page.goto(path)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0)
    }
    for (const link of nav)
      await expect(page.getByRole('link', { name: link.name, exact: true })).toBeVisible()
  })
})

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the home page and a question page have no axe violations in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      const [question] = await loadQuestionIndex()
      for (const path of ['/', `/questions/${question.slug}`]) {
        await page.goto(path)
        const results = await axe(page).analyze()
        expect(results.violations, `${path}: ${results.violations.map((v) => v.id).join(', ')}`).toEqual([])
      }
    })
  }
})

test('the language switch draws 中文 from a font that has those glyphs, even without a CJK font', async ({
  page,
}) => {
  await page.goto('/')
  const zh = page.getByRole('button', { name: '中文' })
  await expect(zh).toBeVisible()
  // Chromium reports which platform font drew a node's text; a font without the glyphs would be
  // the page's Latin face or a last-resort fallback drawing empty boxes.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument')
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: 'button[lang="zh-CN"]',
  })
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  const cjkFaces = /Handshake Language Name|PingFang|Hiragino|YaHei|Noto Sans CJK|Noto Sans SC|Source Han/i
  expect(fonts.map((f) => f.familyName)).toEqual([expect.stringMatching(cjkFaces)])
  expect(fonts[0].glyphCount).toBe(2)
})
