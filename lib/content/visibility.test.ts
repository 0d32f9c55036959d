// Drafts and broken files (issue 13: drafts hidden from learners; issue 17 item 6: one broken
// question never takes down the pages that list questions).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ContentError, loadQuestion, loadQuestionIndex } from '.'

const valid = path.join(__dirname, '__fixtures__', 'valid', 'syn-basics')
const root = mkdtempSync(path.join(tmpdir(), 'handshake-visibility-'))

/** A copy of the valid fixture under a new slug and id, with `edit` applied to both files. */
function question(slug: string, edit: (source: string) => string = (s) => s) {
  cpSync(valid, path.join(root, slug), { recursive: true })
  for (const locale of ['en', 'zh']) {
    const file = path.join(root, slug, `${locale}.mdx`)
    writeFileSync(file, edit(readFileSync(file, 'utf8').replace('id: syn-basics', `id: ${slug}`)))
  }
}

beforeAll(() => {
  question('published')
  question('a-draft', (s) => s.replace(/^---\n/, '---\ndraft: true\n'))
  // A frontmatter error: difficulty is not one of easy, medium, hard.
  question('broken', (s) => s.replace('difficulty: easy', 'difficulty: trivial'))
  // A copy that kept the id of "published" (sorted after it, so it is the one that breaks).
  question('published-copy', (s) => s.replace('id: published-copy', 'id: published'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('the question index', () => {
  it('leaves a broken question out instead of throwing, and logs its problem once', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const first = await loadQuestionIndex(root, { drafts: true })
    await loadQuestionIndex(root, { drafts: true })
    expect(first.map((q) => q.slug)).toEqual(['a-draft', 'published'])
    expect(log.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(/^\[content\] skipped a broken question: .*broken\/en\.mdx:6: difficulty: /),
      expect.stringMatching(/^\[content\] skipped a broken question: .*broken\/zh\.mdx:6: difficulty: /),
      expect.stringMatching(/published-copy\/en\.mdx:2: id: id "published" is already used by .*published\/en\.mdx$/),
    ])
    log.mockRestore()
  })

  it('lists drafts only when asked to', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect((await loadQuestionIndex(root, { drafts: false })).map((q) => [q.slug, q.draft])).toEqual([
      ['published', false],
    ])
    expect((await loadQuestionIndex(root, { drafts: true })).map((q) => [q.slug, q.draft])).toEqual([
      ['a-draft', true],
      ['published', false],
    ])
  })

  it('hides drafts by default on a production server only', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.stubEnv('NODE_ENV', 'production')
    expect((await loadQuestionIndex(root)).map((q) => q.slug)).toEqual(['published'])
    vi.stubEnv('NODE_ENV', 'development')
    expect((await loadQuestionIndex(root)).map((q) => q.slug)).toEqual(['a-draft', 'published'])
    vi.unstubAllEnvs()
  })
})

describe('one question', () => {
  it('is null when it is a draft and drafts are hidden, so its URL is a 404', async () => {
    expect(await loadQuestion('a-draft', 'en', root, { drafts: false })).toBeNull()
    expect((await loadQuestion('a-draft', 'zh', root, { drafts: true }))?.meta.draft).toBe(true)
  })

  it('is broken when another folder already holds its id, as in the index', async () => {
    const error = await loadQuestion('published-copy', 'en', root).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).problems.map((p) => p.field)).toEqual(['id'])
    expect((await loadQuestion('published', 'en', root))?.meta.id).toBe('published')
  })

  it('throws a ContentError naming file, line and field when it is broken', async () => {
    const error = await loadQuestion('broken', 'en', root).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).problems.map((p) => [p.file.split('/').slice(-2).join('/'), p.line, p.field])).toEqual([
      ['broken/en.mdx', 6, 'difficulty'],
      ['broken/zh.mdx', 6, 'difficulty'],
    ])
  })
})
