import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkQuestions, scaffoldQuestion } from '.'

const none = { slugs: [], ids: [] }
const root = mkdtempSync(path.join(tmpdir(), 'handshake-scaffold-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** Writes the scaffolded files into a fresh content root and runs the full content check on it. */
async function checkScaffold(slug: string, edit: (source: string) => string = (s) => s) {
  const result = scaffoldQuestion(slug, 'three-way-handshake', none)
  if (!result.ok) throw new Error(result.message)
  const dir = mkdtempSync(path.join(root, 'case-'))
  mkdirSync(path.join(dir, slug))
  for (const locale of ['en', 'zh'] as const)
    writeFileSync(path.join(dir, slug, `${locale}.mdx`), edit(result.files[locale]))
  return checkQuestions(dir, { compileMdx: true })
}

describe('npm run new:question', () => {
  it('refuses a slug that is not kebab-case, naming the rule', () => {
    for (const slug of ['Why-Three', 'why_three', 'why--three', '-why', ''])
      expect(scaffoldQuestion(slug, 'three-way-handshake', none)).toEqual({
        ok: false,
        message: expect.stringMatching(/is not a valid slug: use lowercase letters, digits and single hyphens/),
      })
  })

  it('refuses a slug whose folder exists, and one whose id a renamed question still holds', () => {
    expect(scaffoldQuestion('time-wait-2msl', 'x', { slugs: ['time-wait-2msl'], ids: [] })).toEqual({
      ok: false,
      message: 'content/questions/time-wait-2msl/ already exists; pick another slug or edit that question',
    })
    const renamed = scaffoldQuestion('old-name', 'x', { slugs: ['new-name'], ids: ['old-name'] })
    expect(renamed.ok).toBe(false)
    expect(!renamed.ok && renamed.message).toMatch(/id "old-name" is already used/)
  })

  it('writes a draft with the slug as its stable id that passes the whole content check', async () => {
    const { questions, problems } = await checkScaffold('why-three-segments')
    expect(problems).toEqual([])
    expect(questions.map((q) => [q.meta.id, q.meta.slug, q.meta.draft, q.meta.scenario])).toEqual([
      ['why-three-segments', 'why-three-segments', true, 'three-way-handshake'],
    ])
    // The first MDX compile loads @mdx-js/mdx and runs the engine: slow on a busy two-core machine.
  }, 30_000)

  it('cannot be published while a TODO is left: each one is reported at its line', async () => {
    const { problems } = await checkScaffold('why-three-segments', (s) => s.replace('draft: true\n', ''))
    const en = problems.filter((p) => p.file.endsWith('en.mdx'))
    expect(en.length).toBeGreaterThan(10)
    expect(en[0]).toMatchObject({
      line: 3,
      field: '(todo)',
      message: 'a published question still has a TODO; finish it or set draft: true',
    })
  })

  it('refuses a translation whose draft flag differs from the English file', async () => {
    // The Chinese file is "finished" (no TODO left) and published; the English one is still a draft.
    const publishZh = (s: string) => (s.includes('TODO：') ? s.replace('draft: true\n', '').replaceAll('TODO', '待定') : s)
    const { problems } = await checkScaffold('half-draft', publishZh)
    expect(problems.map((p) => [p.field, p.line, p.message])).toEqual([
      ['id', 2, expect.stringMatching(/^draft: false must match .*half-draft\/en\.mdx$/)],
    ])
  })
})
