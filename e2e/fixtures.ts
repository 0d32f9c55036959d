// Playwright fixtures for journeys that need accounts: users are created and deleted through
// Prisma on the same SQLite file the server under test uses (DATABASE_URL), and magic links are
// read from the file the server appends them to (MAGIC_LINK_FILE, set in playwright.config.ts).
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { test as base, expect } from '@playwright/test'
import { createSqliteClient } from '../lib/server/db-client'
import { defaultDatabaseUrl } from '../lib/server/db-url'
import { hashPassword } from '../lib/server/passwords'
import { recordCspViolations } from './csp'

export { expect }

export type TestUser = { id: string; name: string; email: string; password: string }

type Fixtures = {
  /** Creates users for this test and deletes them (and anything they own) afterwards. */
  users: {
    /** A fresh, unique address that the test will use itself; deleted after the test. */
    newEmail(): string
    /** A user who signs in with a password, created directly in the database. */
    create(overrides?: Partial<Pick<TestUser, 'name' | 'password'>>): Promise<TestUser>
    find(email: string): ReturnType<ReturnType<typeof createSqliteClient>['user']['findUnique']>
  }
  /** The newest magic link the server issued for an email (waits for it to be written). */
  magicLinkFor(email: string): Promise<string>
  /** Automatic: fails the test if the page reported any Content-Security-Policy violation. */
  noCspViolations: void
}

const db = createSqliteClient(process.env.DATABASE_URL || defaultDatabaseUrl())

export const test = base.extend<Fixtures>({
  noCspViolations: [
    async ({ page }, use) => {
      const violations = await recordCspViolations(page)
      await use()
      expect(violations, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  users: async ({}, provide) => {
    const emails: string[] = []
    const newEmail = () => {
      const email = `e2e-${randomUUID()}@example.com`
      emails.push(email)
      return email
    }
    await provide({
      newEmail,
      async create({ name = 'Test Learner', password = 'correct horse battery' } = {}) {
        const email = newEmail()
        const user = await db.user.create({
          data: { name, email, passwordHash: await hashPassword(password) },
        })
        return { id: user.id, name, email, password }
      },
      find: (email) => db.user.findUnique({ where: { email } }),
    })
    await db.user.deleteMany({ where: { email: { in: emails } } })
    await db.verificationToken.deleteMany({ where: { identifier: { in: emails } } })
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  magicLinkFor: async ({}, provide) => {
    const file = process.env.MAGIC_LINK_FILE
    if (!file) throw new Error('MAGIC_LINK_FILE is not set; playwright.config.ts sets it for the server')
    await provide(async (email) => {
      let link: string | undefined
      await expect
        .poll(async () => {
          const lines = (await readFile(file, 'utf8').catch(() => '')).split('\n')
          link = lines.findLast((line) => line.startsWith(`${email} `))?.slice(email.length + 1)
          return link
        })
        .toBeTruthy()
      return link!
    })
  },
})
