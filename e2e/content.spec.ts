import { expect, test } from '@playwright/test'
import { loadQuestion, loadQuestionIndex } from '../lib/content'
import { LOCALE_COOKIE, locales } from '../lib/i18n/locales'

test('the question list shows every question with its summary and difficulty', async ({ page }) => {
  const index = await loadQuestionIndex()
  await page.goto('/questions')
  await expect(page).toHaveTitle(/^Questions · Handshake$/)
  for (const q of index) {
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: q.title.en }) })
    await expect(card).toContainText(q.summary.en)
    await expect(card.getByRole('list', { name: 'Topics' }).getByRole('listitem')).toHaveCount(
      q.topics.length,
    )
  }
})

test('an unknown question slug shows the 404 page', async ({ page }) => {
  const response = await page.goto('/questions/no-such-question')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Browse the questions' })).toBeVisible()
  await expect(page).toHaveTitle(/Page not found/)
})

test('a visitor answers the quiz and sees every explanation', async ({ page }) => {
  const [meta] = await loadQuestionIndex()
  const question = (await loadQuestion(meta.slug, 'en'))!
  const item = question.frontmatter.quiz[0]
  if (item.kind !== 'choice') throw new Error('the first quiz item is expected to be multiple choice')
  const wrong = item.choices.find((c) => !c.correct)!
  const right = item.choices.find((c) => c.correct)!

  await page.goto(`/questions/${meta.slug}`)
  await expect(page).toHaveTitle(`${meta.title.en} · Handshake`)
  const quiz = page.getByRole('form', { name: item.prompt })
  await quiz.getByRole('button', { name: 'Check answer' }).click()
  await expect(quiz.getByRole('status')).toHaveText('Choose an answer first.')

  await quiz.getByRole('radio', { name: wrong.text }).check()
  await quiz.getByRole('button', { name: 'Check answer' }).click()
  await expect(quiz.getByRole('status')).toHaveText('Not quite.')
  for (const choice of item.choices) await expect(quiz.getByText(choice.explanation)).toBeVisible()
  await expect(quiz.getByRole('radio', { name: right.text })).toHaveAccessibleDescription(
    new RegExp(`Correct answer.*${escape(right.explanation.slice(0, 20))}`),
  )

  await quiz.getByRole('button', { name: 'Try again' }).click()
  await quiz.getByRole('radio', { name: right.text }).check()
  await quiz.getByRole('button', { name: 'Check answer' }).click()
  await expect(quiz.getByRole('status')).toHaveText('Correct.')
})

test('a question page renders its MDX, every simulation it places and further reading', async ({ page }) => {
  const [meta] = await loadQuestionIndex()
  const question = (await loadQuestion(meta.slug, 'en'))!
  await page.goto(`/questions/${meta.slug}`)
  // Each <Simulation> renders the interactive player when its scenario exists, else the labelled
  // placeholder; both mark themselves with data-scenario.
  const placed = [...question.source.matchAll(/<Simulation\s+scenario="([^"]+)"/g)].map((m) => m[1])
  const simulations = page.locator('main [data-scenario]')
  await expect(simulations).toHaveCount(placed.length)
  for (const [i, scenario] of placed.entries()) {
    await expect(simulations.nth(i)).toHaveAttribute('data-scenario', scenario)
  }
  const reading = page.getByRole('region', { name: 'Further reading' })
  for (const source of question.frontmatter.sources) {
    await expect(reading.getByRole('link', { name: source.label })).toHaveAttribute('href', source.url)
  }
})

for (const locale of locales) {
  test(`every question page in ${locale} shows its title and runs each simulation it places`, async ({
    page,
    context,
    baseURL,
  }) => {
    const index = await loadQuestionIndex()
    test.setTimeout(20_000 + index.length * 4_000)
    await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }])
    for (const meta of index) {
      const question = (await loadQuestion(meta.slug, locale))!
      const response = await page.goto(`/questions/${meta.slug}`)
      expect(response?.status(), meta.slug).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.frontmatter.title)
      // A scenario that runs paints its static ladder; one that cannot shows an error instead.
      const placed = [...question.source.matchAll(/<Simulation\s+scenario="([^"]+)"/g)].map((m) => m[1])
      const simulations = page.locator('main [data-scenario]')
      await expect(simulations, meta.slug).toHaveCount(placed.length)
      for (const [i, scenario] of placed.entries()) {
        const simulation = simulations.nth(i)
        await expect(simulation).toHaveAttribute('data-scenario', scenario)
        await expect(simulation.locator('svg').first(), `${meta.slug}: ${scenario}`).toBeAttached()
      }
      // The "Simulate" entry near the top leads to the first placement (hidden where the side pane is).
      if (placed.length > 0) {
        const first = await simulations.first().getAttribute('aria-labelledby')
        await expect(page.locator('main header a[href^="#sim-"]'), meta.slug).toHaveAttribute(
          'href',
          `#${first}`,
        )
      }
      const ids = await page.locator('main [id]').evaluateAll((els) => els.map((e) => e.id))
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        `${meta.slug}: duplicate ids`,
      ).toEqual([])
    }
  })
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
