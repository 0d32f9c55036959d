import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'

const accountMenu = (page: Page) => page.getByRole('group', { name: 'Account' })

test('a new user signs up, signs out and signs in again', async ({ page, users }) => {
  const email = users.newEmail()
  await page.goto('/sign-up')
  await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace')
  await page.getByLabel('Email', { exact: true }).fill(email)
  await page.getByLabel('Password', { exact: true }).fill('analytical engine')
  await page.getByRole('button', { name: 'Create account' }).click()

  await expect(accountMenu(page)).toContainText('Ada Lovelace')
  expect((await users.find(email))?.passwordHash).toMatch(/^\$argon2id\$/)

  await accountMenu(page).getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible()
  await expect(accountMenu(page)).toHaveCount(0)

  await page.getByRole('link', { name: 'Sign in', exact: true }).click()
  await page.getByLabel('Email', { exact: true }).fill(email)
  await page.getByLabel('Password', { exact: true }).fill('analytical engine')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(accountMenu(page)).toContainText('Ada Lovelace')
})

test('a wrong password and an unknown email get the same message', async ({ page, users }) => {
  const user = await users.create()
  const form = page.getByRole('form', { name: 'Sign in with your password' })
  const attempt = async (email: string, password: string) => {
    await page.goto('/sign-in')
    await form.getByLabel('Email', { exact: true }).fill(email)
    await form.getByLabel('Password', { exact: true }).fill(password)
    await form.getByRole('button', { name: 'Sign in', exact: true }).click()
    const status = form.getByRole('status')
    await expect(status).not.toBeEmpty()
    return {
      message: await status.textContent(),
      keptEmail: await form.getByLabel('Email', { exact: true }).inputValue(),
    }
  }

  const wrongPassword = await attempt(user.email, 'not the password')
  const unknownEmail = await attempt(users.newEmail(), user.password)

  expect(wrongPassword.message).toBe('Email or password is incorrect.')
  expect(unknownEmail.message).toBe(wrongPassword.message)
  expect(wrongPassword.keptEmail).toBe(user.email)
  await expect(accountMenu(page)).toHaveCount(0)
})

test('sign-up shows field errors next to the fields and keeps what was typed', async ({ page, users }) => {
  await page.goto('/sign-up')
  await page.getByLabel('Name', { exact: true }).fill('Grace Hopper')
  await page.getByLabel('Email', { exact: true }).fill('grace-at-navy')
  await page.getByLabel('Password', { exact: true }).fill('short')
  await page.getByRole('button', { name: 'Create account' }).click()

  const email = page.getByLabel('Email', { exact: true })
  const password = page.getByLabel('Password', { exact: true })
  await expect(email).toHaveAccessibleDescription(/Enter a valid email address/)
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(password).toHaveAccessibleDescription(/Use at least 8 characters/)
  await expect(page.getByLabel('Name', { exact: true })).not.toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Grace Hopper')
  await expect(email).toHaveValue('grace-at-navy')
  await expect(page.getByRole('form', { name: 'Create an account' }).getByRole('status')).toHaveText(
    'Please correct the fields marked below.',
  )

  // Correcting the fields and submitting again goes through.
  const fixed = users.newEmail()
  await email.fill(fixed)
  await password.fill('a long enough password')
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(accountMenu(page)).toContainText('Grace Hopper')
})

test('a magic link signs the user in', async ({ page, users, magicLinkFor }) => {
  const email = users.newEmail()
  await page.goto('/sign-in')
  await page.getByLabel('Email for the sign-in link').fill(email)
  await page.getByRole('button', { name: 'Email me a link' }).click()
  await expect(page).toHaveURL('/check-email')
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible()

  await page.goto(await magicLinkFor(email))
  await expect(accountMenu(page)).toContainText(email)
  expect((await users.find(email))?.emailVerified).toBeInstanceOf(Date)
})
