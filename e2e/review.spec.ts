// Journeys of issue #12 on /review: a visitor's progress joins their new account, a learner's
// grade-undo-grade leaves exactly one review, and a prediction card is answered by running the
// simulation. Keyboard only where the issue asks for it (Space/Enter, 1–4, u).
import { type Page } from '@playwright/test'
import { type DeckEntry, loadPracticeDeck } from '../lib/content/practice-deck'
import { createSqliteClient } from '../lib/server/db-client'
import { defaultDatabaseUrl } from '../lib/server/db-url'
import { answerItem } from './answer-card'
import { expect, test } from './fixtures'
import { layoutShifts, watchLayoutShifts } from './layout-shift'

const db = createSqliteClient(process.env.DATABASE_URL || defaultDatabaseUrl())
const currentCard = (page: Page) => page.locator('section[data-card-id]')

/**
 * Answers whatever card is showing: recall by keyboard (Space, 3), quiz items and predictions
 * right, through their forms (e2e/answer-card.ts).
 */
async function gradeCurrent(page: Page, deck: Map<string, DeckEntry>) {
  const card = currentCard(page)
  const id = (await card.getAttribute('data-card-id'))!
  if (id.endsWith(':recall')) {
    await page.keyboard.press('Space')
    await page.keyboard.press('3')
  } else {
    await answerItem(card, deck.get(id)!.content, true)
    await page.getByRole('button', { name: 'Next card' }).click()
  }
  await expect(card).not.toHaveAttribute('data-card-id', id)
  return id
}

test('a visitor grades five cards, signs up, and finds them in the review queue with their history', async ({
  page,
  users,
}) => {
  const deck = new Map((await loadPracticeDeck('en')).map((e) => [e.card.id, e]))
  await page.goto('/review')
  await expect(page.getByText('You are not signed in')).toBeVisible()
  const graded: string[] = []
  for (let i = 0; i < 5; i++) graded.push(await gradeCurrent(page, deck))
  expect(new Set(graded).size).toBe(5)
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('handshake:progress') ?? 'null'))
  expect(stored.reviews).toHaveLength(5)

  const email = users.newEmail()
  await page.goto('/sign-up?callbackUrl=/review')
  await page.getByLabel('Name', { exact: true }).fill('Visitor Turned Learner')
  await page.getByLabel('Email', { exact: true }).fill(email)
  await page.getByLabel('Password', { exact: true }).fill('analytical engine')
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page).toHaveURL((url) => url.pathname === '/review')
  await expect(page.getByText('5 review(s) from this browser were added to your account.')).toBeVisible()
  expect(await page.evaluate(() => localStorage.getItem('handshake:progress'))).toBeNull()

  const user = (await users.find(email))!
  const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { review: 'asc' } })
  expect(logs.map((l) => l.cardId)).toEqual(graded)
  // All five are in their learning steps (due within minutes), so the queue shows them again.
  await expect(page.getByTestId('count-learning')).toHaveText('5')

  // Signing in again (or a retried merge) adds nothing.
  await page.reload()
  await expect(page.getByTestId('count-learning')).toHaveText('5')
  expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(5)
})

test('a learner grades a card, undoes, grades again, and exactly one review is stored', async ({
  page,
  users,
}) => {
  // New cards come in content order, the first question's recall card first.
  const first = (await loadPracticeDeck('en'))[0].card.id
  expect(first).toMatch(/:recall$/)
  const user = await users.create()
  await page.goto('/sign-in?callbackUrl=/review')
  await page.getByLabel('Email', { exact: true }).fill(user.email)
  await page.getByLabel('Password', { exact: true }).fill(user.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL((url) => url.pathname === '/review')

  const card = currentCard(page)
  await expect(card).toHaveAttribute('data-card-id', first)
  await page.keyboard.press('Space')
  // Each button shows the interval ts-fsrs would give (a new card: 1 min, 6 min, 10 min, days).
  await expect(page.getByRole('button', { name: /^Again, next in 1 min \(key 1\)$/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Good, next in 10 min \(key 3\)$/ })).toBeVisible()
  await page.keyboard.press('3')
  await expect(card).not.toHaveAttribute('data-card-id', first)

  await page.keyboard.press('u')
  await expect(page.getByText('Last grade undone.')).toBeVisible()
  await expect(card).toHaveAttribute('data-card-id', first)
  await page.keyboard.press('Enter')
  await page.keyboard.press('4')
  await expect(page.getByTestId('summary')).toHaveText('1 card(s) reviewed: 0 Again, 0 Hard, 0 Good, 1 Easy.')

  const rows = await db.reviewLog.findMany({ where: { userId: user.id } })
  expect(rows).toHaveLength(2) // the undone grade stays in the log, marked
  expect(rows.filter((r) => r.undoneAt === null).map((r) => r.rating)).toEqual([4])
  const state = await db.cardState.findUniqueOrThrow({
    where: { userId_cardId: { userId: user.id, cardId: first } },
  })
  expect(state).toMatchObject({ reps: 1, version: 3 })
})

test('a prediction card is answered through the running simulation', async ({ page }) => {
  const deck = await loadPracticeDeck('en')
  const target = 'time-wait-2msl:predict:client-state-after-final-ack'
  // Every other card is already learned and due in years, so the prediction card comes first.
  const learned = {
    due: '2030-01-01T00:00:00.000Z',
    stability: 900,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 900,
    learning_steps: 0,
    reps: 4,
    lapses: 0,
    state: 2,
    last_review: '2026-01-01T00:00:00.000Z',
  }
  const cards = Object.fromEntries(deck.filter((e) => e.card.id !== target).map((e) => [e.card.id, learned]))
  const progress = JSON.stringify({ version: 1, cards, reviews: [] })
  await page.addInitScript((value) => {
    if (!localStorage.getItem('handshake:progress')) localStorage.setItem('handshake:progress', value)
  }, progress)

  await page.goto('/review')
  const card = currentCard(page)
  await expect(card).toHaveAttribute('data-card-id', target)
  await card.getByRole('button', { name: 'Play' }).click()
  const prompt = card.getByRole('form', { name: /Which state will client be in/ })
  await expect(prompt).toBeVisible({ timeout: 20_000 })
  await prompt.getByRole('radio', { name: 'TIME-WAIT' }).check()
  await page.keyboard.press('Enter')
  await expect(prompt).toContainText('Correct: TIME-WAIT')
  await expect(page.getByText('Graded “Good” from your answer.')).toBeVisible()

  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('handshake:progress')!))
  expect(stored.reviews).toMatchObject([{ cardId: target, rating: 3, undone: false }])
})

// Lighthouse measured CLS 0.104 here on a phone: the session renders after mount (it needs the
// browser's clock and storage) and pushed the footer, already on screen, down the page.
test('/review shifts no layout while it loads on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 })
  await page.goto('/review')
  await watchLayoutShifts(page)
  await expect(currentCard(page)).toBeVisible()
  await page.waitForTimeout(500)
  const { score, shifts } = await layoutShifts(page)
  test.info().annotations.push({ type: 'layout-shift score', description: String(score) })
  expect(score, JSON.stringify(shifts)).toBeLessThan(0.02)
})
