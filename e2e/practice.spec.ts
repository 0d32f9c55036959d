// Issue #12's quiz-session journey on /practice: five mixed items, one answered wrong on purpose;
// the score is right, the wrong item is offered for review, and the signed-in learner's attempts
// and grades are stored.
import { type Page } from '@playwright/test'
import { type DeckEntry, loadPracticeDeck } from '../lib/content/practice-deck'
import { createSqliteClient } from '../lib/server/db-client'
import { defaultDatabaseUrl } from '../lib/server/db-url'
import { answerItem } from './answer-card'
import { expect, test } from './fixtures'

const db = createSqliteClient(process.env.DATABASE_URL || defaultDatabaseUrl())

/** Answers the item on screen: right, or wrong when asked. Returns its card id. */
async function answer(page: Page, deck: Map<string, DeckEntry>, right: boolean) {
  const box = page.locator('[data-card-id]')
  const id = (await box.getAttribute('data-card-id'))!
  await answerItem(box, deck.get(id)!.content, right)
  return id
}

test('a five-item quiz ends with the right score and the wrong item offered for review', async ({
  page,
  users,
}) => {
  const deck = new Map((await loadPracticeDeck('en')).map((e) => [e.card.id, e]))
  const user = await users.create()
  await page.goto('/sign-in?callbackUrl=/practice')
  await page.getByLabel('Email', { exact: true }).fill(user.email)
  await page.getByLabel('Password', { exact: true }).fill(user.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL((url) => url.pathname === '/practice')

  await page.getByLabel('Number of items').fill('5')
  await page.getByRole('button', { name: 'Start quiz' }).click()
  const asked: string[] = []
  let wrongId = ''
  for (let i = 0; i < 5; i++) {
    await expect(page.getByText(`Item ${i + 1} of 5`)).toBeVisible()
    const id = await answer(page, deck, i !== 1)
    if (i === 1) wrongId = id
    asked.push(id)
    await page.getByRole('button', { name: i === 4 ? 'See my score' : 'Next item' }).click()
  }
  // A mixed session: more than one kind of item.
  expect(
    new Set(asked.map((id) => id.split(':')[1] + (deck.get(id)!.card.quizKind ?? ''))).size,
  ).toBeGreaterThan(1)
  await expect(page.getByTestId('score')).toHaveText('You got 4 of 5 right.')
  const toReview = page.getByRole('list', { name: 'To review' })
  await expect(toReview.getByRole('listitem')).toHaveText([deck.get(wrongId)!.title])
  await expect(page.getByRole('link', { name: 'Review them now' })).toHaveAttribute('href', '/review')

  await expect.poll(() => db.quizAttempt.count({ where: { userId: user.id } }), { timeout: 10_000 }).toBe(5)
  const attempts = await db.quizAttempt.findMany({ where: { userId: user.id } })
  expect(attempts.filter((a) => !a.correct).map((a) => a.cardId)).toEqual([wrongId])
  expect(new Set(attempts.map((a) => a.sessionId)).size).toBe(1)
  // The wrong answer was graded Again, so the card is due in the review queue within minutes.
  const wrongLog = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id, cardId: wrongId } })
  expect(wrongLog.rating).toBe(1)
})
