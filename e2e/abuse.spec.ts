// Issue 17: sign-in is throttled per account in the database, sign-out really ends the session,
// and sign-up refuses common passwords.
import { type APIRequestContext } from '@playwright/test'
import { expect, test } from './fixtures'

/** One password attempt straight at Auth.js's credentials callback, as a script would make it. */
async function postPassword(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json()
  return request.post('/api/auth/callback/password', {
    form: { email, password, csrfToken },
    maxRedirects: 0,
  })
}

test('after 10 attempts on one account the callback answers 429, even to the right password', async ({
  request,
  users,
}) => {
  const user = await users.create()
  for (let i = 0; i < 10; i++) {
    const response = await postPassword(request, user.email, `wrong guess ${i}`)
    expect(response.status()).toBe(302)
  }
  const limited = await postPassword(request, user.email, user.password)
  expect(limited.status()).toBe(429)
  expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0)
  expect(Number(limited.headers()['retry-after'])).toBeLessThanOrEqual(15 * 60)
})

test('the sign-in form says when the account is throttled', async ({ page, request, users }) => {
  const user = await users.create()
  for (let i = 0; i < 10; i++) await postPassword(request, user.email, `wrong guess ${i}`)
  await page.goto('/sign-in')
  const form = page.getByRole('form', { name: 'Sign in with your password' })
  await form.getByLabel('Email', { exact: true }).fill(user.email)
  await form.getByLabel('Password', { exact: true }).fill(user.password)
  await form.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByText('Too many sign-in attempts. Wait 15 minutes, then try again.')).toBeVisible()
  await expect(page.getByRole('group', { name: 'Account' })).toHaveCount(0)
})

test('signing out ends the session: a saved copy of the cookie stops working', async ({
  page,
  browser,
  users,
}) => {
  const user = await users.create()
  await page.goto('/sign-in')
  const form = page.getByRole('form', { name: 'Sign in with your password' })
  await form.getByLabel('Email', { exact: true }).fill(user.email)
  await form.getByLabel('Password', { exact: true }).fill(user.password)
  await form.getByRole('button', { name: 'Sign in', exact: true }).click()
  const account = page.getByRole('group', { name: 'Account' })
  await expect(account).toContainText(user.name)
  const saved = await page.context().cookies()

  await account.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible()

  // An attacker who copied the cookie before sign-out replays it in a fresh browser.
  const replay = await browser.newContext({ baseURL: page.url() })
  await replay.addCookies(saved)
  const session = await replay.request.get('/api/auth/session')
  expect(await session.json()).toBeNull()
  await replay.close()
})

test('sign-up refuses a common password with a clear message', async ({ page, users }) => {
  await page.goto('/sign-up')
  await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace')
  await page.getByLabel('Email', { exact: true }).fill(users.newEmail())
  await page.getByLabel('Password', { exact: true }).fill('password123')
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByText('This password is too common and easy to guess. Choose another.')).toBeVisible()
})
