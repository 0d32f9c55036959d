// Issue #12's remaining journeys: the questions list's filters, search and statuses; /stats for a
// visitor and a learner; a learner's settings kept in their account; two tabs grading one card.
import { type Page } from '@playwright/test'
import { loadPracticeDeck } from '../lib/content/practice-deck'
import { createSqliteClient } from '../lib/server/db-client'
import { defaultDatabaseUrl } from '../lib/server/db-url'
import { answerItem } from './answer-card'
import { expect, test, type TestUser } from './fixtures'

const db = createSqliteClient(process.env.DATABASE_URL || defaultDatabaseUrl())
const SYN_FLOOD = 'What is a SYN flood, and how do SYN cookies help?'
const TIME_WAIT = 'Why does TIME-WAIT last 2MSL?'
const SETTINGS_KEY = 'handshake:practice-settings:v1'

// Sign-in hashes a password and each page renders on the server: slow on a busy 2-core machine.
test.describe.configure({ timeout: 60_000 })

async function signIn(page: Page, user: TestUser, then = '/review') {
  await page.goto(`/sign-in?callbackUrl=${then}`)
  await page.getByLabel('Email', { exact: true }).fill(user.email)
  await page.getByLabel('Password', { exact: true }).fill(user.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  // Password hashing is slow on a busy machine; the account menu shows when sign-in is done.
  await expect(page.getByRole('group', { name: 'Account' })).toBeVisible({ timeout: 20_000 })
  await expect(page).toHaveURL(new RegExp(`${then}$`))
}

/** Review settings this browser kept as a visitor. */
function browserSettings(page: Page, settings: Record<string, number | boolean>) {
  return page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    SETTINGS_KEY,
    JSON.stringify(settings),
  ] as const)
}

/** A Review-state card snapshot as the browser stores it, due at `due`. */
const reviewCard = (due: string) => ({
  due,
  stability: 30,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 30,
  learning_steps: 0,
  reps: 3,
  lapses: 0,
  state: 2,
  last_review: '2026-01-01T00:00:00.000Z',
})

/** A visitor's progress: the TIME-WAIT question learned (due in 2030), the SYN-flood one overdue. */
const VISITOR_CARDS = {
  'time-wait-2msl:recall': reviewCard('2030-01-01T00:00:00.000Z'),
  'syn-flood-syn-cookies:recall': reviewCard('2026-01-02T00:00:00.000Z'),
}

test('the questions list filters by URL, searches both languages and shows a visitor’s statuses', async ({
  page,
}) => {
  const progress = {
    version: 1,
    cards: {
      'time-wait-2msl:recall': reviewCard('2030-01-01T00:00:00.000Z'),
      'syn-flood-syn-cookies:recall': reviewCard('2026-01-02T00:00:00.000Z'),
    },
    reviews: [],
  }
  await page.addInitScript(
    (value) => localStorage.setItem('handshake:progress', value),
    JSON.stringify(progress),
  )
  const titles = page.getByRole('main').getByRole('heading', { level: 2 })

  await page.goto('/questions')
  const form = page.getByRole('search', { name: 'Filter questions' })
  await form.getByLabel('Topic').selectOption('syn-flood')
  await form.getByLabel('Difficulty').selectOption('hard')
  await form.getByRole('button', { name: 'Apply' }).click()
  await expect(page).toHaveURL(/\/questions\?q=&topic=syn-flood&difficulty=hard&status=$/)
  await expect(titles.filter({ hasText: SYN_FLOOD })).toHaveCount(1)
  await expect(titles.filter({ hasText: TIME_WAIT })).toHaveCount(0)
  await expect(
    page.getByRole('listitem').filter({ hasText: SYN_FLOOD }).getByText('Status: Due'),
  ).toBeVisible()

  // A Chinese query finds the question on the English page; the back button restores the filter.
  await page.goto('/questions')
  await form.getByLabel('Search').fill('洪泛 cookie')
  await form.getByRole('button', { name: 'Apply' }).click()
  await expect(titles.filter({ hasText: SYN_FLOOD })).toHaveCount(1)
  await expect(titles.filter({ hasText: TIME_WAIT })).toHaveCount(0)
  await page.goBack()
  await expect(titles.filter({ hasText: TIME_WAIT })).toHaveCount(1)

  // Status is the visitor's, from this browser.
  await page.goto('/questions?status=learned')
  await expect(titles).toHaveText([TIME_WAIT])
  await expect(page.getByTestId('question-count')).toHaveText(/^1 of \d+ questions$/)
})

test('a visitor’s /stats come from this browser, with an invitation to sign up', async ({ page }) => {
  await page.addInitScript(
    (value) => localStorage.setItem('handshake:progress', value),
    JSON.stringify({ version: 1, cards: VISITOR_CARDS, reviews: [] }),
  )
  await page.goto('/stats')
  await expect(page.getByRole('link', { name: 'Sign up' })).toBeVisible()
  await expect(page.getByTestId('stats-due-today')).toHaveText('1')
  await expect(page.getByText('Quiz scores are kept for signed-in learners.')).toBeVisible()
})

test('a learner’s settings, statuses and stats come from their account', async ({ page, browser, users }) => {
  const user = await users.create()
  // Settings this browser had as a visitor become the new account's; later ones never overwrite.
  await browserSettings(page, { retention: 0.9, newPerDay: 7, reviewCap: 200, twoButton: false })
  await signIn(page, user)
  await expect(page.getByTestId('count-new')).toHaveText('7')
  await expect
    .poll(() => db.studySettings.findUnique({ where: { userId: user.id } }))
    .toMatchObject({ newPerDay: 7 })

  await page.getByText('Settings', { exact: true }).click()
  await page.getByLabel('New cards per day').fill('3')
  await page.getByLabel('Time zone (when your day begins)').selectOption('Asia/Shanghai')
  await expect(page.getByText('Settings saved to your account.')).toBeVisible()
  await expect(page.getByTestId('count-new')).toHaveText('3')
  await expect
    .poll(() => db.studySettings.findUnique({ where: { userId: user.id } }))
    .toMatchObject({ newPerDay: 3, timeZone: 'Asia/Shanghai' })

  // Another browser with its own settings signs in: the account's stay.
  const other = await browser.newContext()
  const second = await other.newPage()
  await browserSettings(second, { retention: 0.8, newPerDay: 9, reviewCap: 10, twoButton: true })
  await signIn(second, user)
  await expect(second.getByTestId('count-new')).toHaveText('3')
  await other.close()
  expect(await db.studySettings.findUnique({ where: { userId: user.id } })).toMatchObject({ newPerDay: 3 })

  // One grade through the API (Again: due in a minute) shows on the list and on /stats.
  const graded = await page.request.post('/api/review/grade', {
    data: { cardId: 'time-wait-2msl:recall', rating: 1, reviewKey: 'e2e-stats-review-1', expectedVersion: 0 },
  })
  expect(graded.status()).toBe(200)
  await page.goto('/questions?status=due')
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([TIME_WAIT])
  await page.goto('/stats')
  await expect(page.getByText('Days begin at midnight in Asia/Shanghai.')).toBeVisible()
  await expect(page.getByTestId('stats-reviews-30')).toHaveText('1')
  await expect(page.getByTestId('stats-retention')).toHaveText('0%')
  await expect(page.getByTestId('stats-streak')).toHaveText('1 days')
  await expect(page.getByRole('link', { name: 'Sign up' })).toHaveCount(0)
})

test('two tabs grade the same card: the second is refused, shown, and one review is stored', async ({
  page,
  users,
}) => {
  const first = (await loadPracticeDeck('en'))[0].card.id
  const user = await users.create()
  await signIn(page, user)
  const tabB = await page.context().newPage()
  await tabB.goto('/review')
  // Buttons, not keys: only the tab in front receives key presses.
  const good = (tab: Page) => tab.getByRole('button', { name: /^Good, next in/ })
  for (const tab of [page, tabB]) {
    await expect(tab.locator('section[data-card-id]')).toHaveAttribute('data-card-id', first)
    await tab.getByRole('button', { name: 'Show answer' }).click()
  }

  await good(page).click()
  await expect(page.locator('section[data-card-id]')).not.toHaveAttribute('data-card-id', first)

  const refused = tabB.waitForResponse((r) => r.url().endsWith('/api/review/grade'))
  await good(tabB).click()
  expect((await refused).status()).toBe(409)
  await expect(tabB.getByText('This card was graded in another tab')).toBeVisible()
  // Tab B now holds the card as tab A left it (in a learning step), so it moves on to the next.
  await expect(tabB.locator('section[data-card-id]')).not.toHaveAttribute('data-card-id', first)
  await expect(tabB.getByTestId('count-learning')).toHaveText('1')

  const reviews = await db.reviewLog.findMany({ where: { userId: user.id } })
  expect(reviews).toMatchObject([{ cardId: first, rating: 3, undoneAt: null }])
  expect(
    await db.cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId: first } } }),
  ).toMatchObject({
    version: 1,
  })
})

test.describe('coming back the next day', () => {
  test.use({ timezoneId: 'Asia/Shanghai' })

  test('a visitor finds exactly the right cards due tomorrow and a week later (simulated clock)', async ({
    page,
  }) => {
    const deck = await loadPracticeDeck('en')
    const [first, second] = deck
    expect(first.card.kind).toBe('recall')
    const card = page.locator('section[data-card-id]')
    // 17:00 in Shanghai; the browser's clock is faked, the server is not involved for a visitor.
    await page.clock.setFixedTime(new Date('2026-12-08T09:00:00Z'))
    await page.goto('/review')

    // Day 1: the first card rated Easy (into Review, due in days), the second answered right
    // (Good: a 10-minute learning step). Two of the ten new cards a day are used.
    await expect(card).toHaveAttribute('data-card-id', first.card.id)
    await page.keyboard.press('Space')
    await page.keyboard.press('4')
    await expect(card).toHaveAttribute('data-card-id', second.card.id)
    await answerItem(card, second.content, true)
    await page.getByRole('button', { name: 'Next card' }).click()
    await expect(page.getByTestId('count-new')).toHaveText('8')

    // Day 2, 09:00 in Shanghai: the learning card is overdue and comes first, the Easy card is
    // not due, and the new-card allowance is full again.
    await page.clock.setFixedTime(new Date('2026-12-09T01:00:00Z'))
    await page.reload()
    await expect(card).toHaveAttribute('data-card-id', second.card.id)
    await expect(page.getByTestId('count-learning')).toHaveText('1')
    await expect(page.getByTestId('count-review')).toHaveText('0')
    await expect(page.getByTestId('count-new')).toHaveText('10')

    // On the Easy card's due day (as ts-fsrs scheduled it) it is due for review.
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('handshake:progress')!))
    const due = new Date(stored.cards[first.card.id].due)
    expect(due.getTime()).toBeGreaterThan(new Date('2026-12-10T00:00:00Z').getTime())
    await page.clock.setFixedTime(due)
    await page.reload()
    await expect(page.getByTestId('count-review')).toHaveText('1')
  })
})
