// Issue 13 (drafts, /author) and issue 17 item 6 (a broken file never takes the site down),
// against a production server (`next start`) of its own whose content folder is a temporary copy
// of content/questions plus a draft, a question with a frontmatter error and one with an unclosed
// JSX tag. HANDSHAKE_CONTENT_DIR (lib/content/loader.ts) points that server at the copy.
import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Page } from '@playwright/test'
import { scaffoldQuestion } from '../lib/content/scaffold'
import { createSqliteClient } from '../lib/server/db-client'
import { defaultDatabaseUrl } from '../lib/server/db-url'
import { setRole } from '../lib/server/roles'
import { expect, test } from './fixtures'

// Made in beforeAll: Playwright also imports this file in its main process just to list tests.
let content = ''
let server: ChildProcess | undefined
let origin = ''

/** A question folder in the temporary content root, from the template or from another folder. */
function writeQuestion(slug: string, files: Record<'en' | 'zh', string>) {
  mkdirSync(path.join(content, slug))
  for (const locale of ['en', 'zh'] as const)
    writeFileSync(path.join(content, slug, `${locale}.mdx`), files[locale])
}

function realQuestion(slug: string, edit: (source: string) => string) {
  const read = (locale: string) =>
    readFileSync(path.join('content', 'questions', slug, `${locale}.mdx`), 'utf8')
  return { en: edit(read('en')), zh: edit(read('zh')) }
}

/** A port the OS says is free right now: this server must not take anyone else's. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

test.beforeAll(async () => {
  test.setTimeout(120_000)
  content = mkdtempSync(path.join(tmpdir(), 'handshake-e2e-content-'))
  cpSync(path.join('content', 'questions'), content, { recursive: true })
  const draft = scaffoldQuestion('a-draft-question', 'three-way-handshake', { slugs: [], ids: [] })
  if (!draft.ok) throw new Error(draft.message)
  writeQuestion('a-draft-question', draft.files)
  writeQuestion(
    'broken-frontmatter',
    realQuestion('time-wait-2msl', (s) =>
      s
        .replace('id: time-wait-2msl', 'id: broken-frontmatter')
        .replace('difficulty: medium', 'difficulty: legendary'),
    ),
  )
  writeQuestion(
    'unclosed-tag',
    realQuestion('time-wait-2msl', (s) =>
      s.replace('id: time-wait-2msl', 'id: unclosed-tag').replace(/\n<\/Callout>\n/, '\n'),
    ),
  )

  const port = await freePort()
  origin = `http://localhost:${port}`
  server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env: {
      ...process.env,
      HANDSHAKE_CONTENT_DIR: content,
      AUTH_URL: origin,
      AUTH_TRUST_HOST: 'true',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  server.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[content-isolation server] ${chunk}`))
  await expect
    .poll(
      () =>
        fetch(`${origin}/`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 90_000, intervals: [500] },
    )
    .toBe(200)
})

test.afterAll(() => {
  // The whole process group: npx and the next-server it starts.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
  if (content) rmSync(content, { recursive: true, force: true })
})

const lineOf = (slug: string, pattern: RegExp) =>
  readFileSync(path.join(content, slug, 'en.mdx'), 'utf8')
    .split('\n')
    .findIndex((l) => pattern.test(l)) + 1

test('a broken question file leaves the home page and the list at 200, without it or the draft', async ({
  page,
}) => {
  for (const route of ['/', '/questions']) {
    const response = await page.goto(`${origin}${route}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('link', { name: 'Why does TIME-WAIT last 2MSL?' }).first()).toBeVisible()
    await expect(page.getByRole('link', { name: /TODO/ })).toHaveCount(0)
  }
})

test('learners get a 404 for a broken question, one with an MDX error, and a draft', async ({ page }) => {
  for (const slug of ['broken-frontmatter', 'unclosed-tag', 'a-draft-question']) {
    const response = await page.goto(`${origin}/questions/${slug}`)
    expect(response?.status(), slug).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  }
  // The good copy of the same question still renders.
  expect((await page.goto(`${origin}/questions/time-wait-2msl`))?.status()).toBe(200)
})

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${origin}/sign-in`)
  const form = page.getByRole('form', { name: 'Sign in with your password' })
  await form.getByLabel('Email', { exact: true }).fill(email)
  await form.getByLabel('Password', { exact: true }).fill(password)
  await form.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('group', { name: 'Account' })).toBeVisible()
}

test('/author sends visitors to sign in and hides itself from learners', async ({ page, users }) => {
  await page.goto(`${origin}/author`)
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fauthor$/)
  const learner = await users.create()
  await signIn(page, learner.email, learner.password)
  expect((await page.goto(`${origin}/author`))?.status()).toBe(404)
})

test('an instructor sees every problem with file and line, and previews a draft with its expectations run', async ({
  page,
  users,
}) => {
  const instructor = await users.create({ name: 'Ina Instructor' })
  const db = createSqliteClient(process.env.DATABASE_URL || defaultDatabaseUrl())
  await setRole(db, instructor.email, 'instructor').finally(() => db.$disconnect())
  await signIn(page, instructor.email, instructor.password)

  expect((await page.goto(`${origin}/author`))?.status()).toBe(200)
  const row = (slug: string) => page.locator(`tr[data-slug="${slug}"]`)
  await expect(row('broken-frontmatter')).toContainText(
    `broken-frontmatter/en.mdx:${lineOf('broken-frontmatter', /^difficulty:/)} difficulty: Invalid option`,
  )
  // The unclosed <Callout> is reported at the tag's own line, not at the body's first line.
  const callout = readFileSync(path.join(content, 'unclosed-tag', 'en.mdx'), 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith('<Callout'))
  await expect(row('unclosed-tag')).toContainText(
    `unclosed-tag/en.mdx:${callout + 1} (mdx): Expected a closing tag for \`<Callout>\``,
  )
  await expect(row('a-draft-question')).toContainText('Draft')
  await expect(row('time-wait-2msl')).toContainText('Published')

  await page.getByRole('link', { name: /^TODO: the interview question/ }).click()
  await expect(page).toHaveURL(`${origin}/author/a-draft-question`)
  await expect(page.getByText('three-way-handshake: 7 of 7 expectations pass')).toBeVisible()
  await expect(page.getByRole('note')).toContainText('Draft: hidden from learners in production.')
  await expect(page.getByRole('heading', { name: 'Simulation: The three-way handshake' })).toBeVisible()
})
