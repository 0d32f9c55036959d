import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { ContentError, checkQuestions, loadQuestion, loadQuestionIndex } from '.'

// The first check in a worker loads @mdx-js/mdx and the engine: seconds on a busy two-core machine.
vi.setConfig({ testTimeout: 30_000 })

const fixtures = (name: string) => path.join(__dirname, '__fixtures__', name)
const file = (name: string, locale: string) => `lib/content/__fixtures__/${name}/syn-basics/${locale}.mdx`

async function messagesFor(name: string) {
  return (await checkQuestions(fixtures(name), { compileMdx: true })).problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`)
}

describe('the real question files', () => {
  // Compiles every MDX body and runs every embedded scenario and prediction, so its time grows
  // with the question banks (10 questions: 7 to 12 s on a loaded 2-core machine).
  it('all pass validation in both locales, MDX bodies included', async () => {
    const { questions, problems } = await checkQuestions(undefined, { compileMdx: true })
    expect(problems).toEqual([])
    expect(questions.length).toBeGreaterThan(0)
  }, 60_000)

  it('each produce an index entry whose id, slug and both titles are filled in', async () => {
    for (const meta of await loadQuestionIndex()) {
      expect(meta.slug).toMatch(/^[a-z0-9-]+$/)
      expect(meta.title.en).not.toBe('')
      expect(meta.title.zh).not.toBe('')
      expect(meta.contentHash).toMatch(/^[0-9a-f]{64}$/)
    }
  })
})

describe('a valid question folder', () => {
  it('is indexed with both locales, its topics and a content hash', async () => {
    const [meta] = await loadQuestionIndex(fixtures('valid'))
    expect(meta).toMatchObject({
      id: 'syn-basics',
      slug: 'syn-basics',
      title: { en: 'What does a SYN carry?', zh: 'SYN 携带了什么？' },
      topics: ['connection-setup', 'states'],
      difficulty: 'easy',
      scenario: 'three-way-handshake',
    })
  })

  it('loads one locale with its frontmatter and the MDX body without the frontmatter', async () => {
    const question = await loadQuestion('syn-basics', 'zh', fixtures('valid'))
    const item = question?.frontmatter.quiz[0]
    expect(item?.kind).toBe('choice')
    expect(item?.kind === 'choice' && item.choices.find((c) => c.correct)?.id).toBe('a')
    expect(question?.source).toContain('<Callout kind="note">')
    expect(question?.source).not.toContain('---')
  })

  it('gives the same sha256 content hash on every load', async () => {
    const [a] = await loadQuestionIndex(fixtures('valid'))
    const [b] = await loadQuestionIndex(fixtures('valid'))
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(a.contentHash).toBe(b.contentHash)
  })

  it('returns null for an unknown slug and for a slug that tries to leave the folder', async () => {
    expect(await loadQuestion('no-such-question', 'en', fixtures('valid'))).toBeNull()
    expect(await loadQuestion('../valid', 'en', fixtures('valid'))).toBeNull()
  })
})

describe('broken frontmatter is reported as file:line: field: message', () => {
  it('names a value of the wrong type', async () => {
    expect(await messagesFor('wrong-type')).toEqual([
      `${file('wrong-type', 'zh')}:5: topics: Invalid input: expected array, received string`,
    ])
  })

  it('names a missing required field', async () => {
    expect(await messagesFor('missing-field')).toEqual([
      `${file('missing-field', 'en')}:2: summary: required field is missing`,
    ])
  })

  it('names a quiz item with two correct choices', async () => {
    expect(await messagesFor('two-correct')).toEqual([
      `${file('two-correct', 'zh')}:12: quiz.0.choices: exactly one choice must be correct`,
    ])
  })

  it('names every fact on which the translations disagree', async () => {
    expect(await messagesFor('locale-mismatch')).toEqual([
      `${file('locale-mismatch', 'zh')}:2: id: id "syn-basic" must match ${file('locale-mismatch', 'en')}`,
      `${file('locale-mismatch', 'zh')}:12: quiz.0.choices: the correct choice must match ${file('locale-mismatch', 'en')}`,
    ])
  })

  it('names a content folder that does not exist', async () => {
    expect(await messagesFor('no-such-folder')).toEqual([
      'lib/content/__fixtures__/no-such-folder:1: (folder): not found; questions live in content/questions/<slug>/',
    ])
  })

  it('names a missing translation file', async () => {
    expect(await messagesFor('missing-locale')).toEqual([
      `${file('missing-locale', 'zh')}:1: (file): missing: every question needs en.mdx and zh.mdx`,
    ])
  })

  it('names an unknown MDX component and an MDX syntax error at their lines', async () => {
    expect(await messagesFor('bad-mdx')).toEqual([
      `${file('bad-mdx', 'en')}:27: (mdx): unknown component <Simulaton>; available: Callout, Simulation`,
      `${file('bad-mdx', 'zh')}:29: (mdx): Unexpected end of file in expression, expected a corresponding closing brace for \`{\``,
    ])
  })

  it('names every <Simulation> prop that cannot work, checked against the scenario’s own run', async () => {
    const en = file('bad-simulation', 'en')
    expect(await messagesFor('bad-simulation')).toEqual([
      `${en}:31: <Simulation>.scenario: unknown scenario "three-way-handshak"; did you mean "three-way-handshake"?`,
      `${en}:33: <Simulation>.steps: unknown prop; expected one of scenario, task, step, overrides, title, predict`,
      `${en}:35: <Simulation>.step: 500 is past the run's last step (4)`,
      `${en}:37: <Simulation>.predict: no host "router" in this run (hosts: server, client)`,
      `${en}:39: <Simulation>.overrides.loss: Too big: expected number to be <=1`,
      `${en}:43: <Simulation>.step: write this prop as plain data (a string, number, object or array), not code`,
      `${file('bad-simulation', 'zh')}:8: simulation.scenario: "tcp-fast-open" is not embedded: add <Simulation scenario="tcp-fast-open" /> to the body`,
    ])
  })

  it('names a body heading that repeats a section the page generates, at its line', async () => {
    const message = (heading: string, field: string) =>
      `(mdx): heading "${heading}" duplicates the section the page builds from \`${field}\`; remove it and put its content in ${field}`
    // The second "## Further reading" in en.mdx sits inside a code fence and is not a heading.
    expect(await messagesFor('generated-section')).toEqual([
      `${file('generated-section', 'en')}:31: ${message('Further reading', 'sources')}`,
      `${file('generated-section', 'zh')}:31: ${message('延伸阅读：', 'sources')}`,
    ])
  })

  it('names a placement whose heading repeats another one on the page', async () => {
    const message = (line: number) =>
      `<Simulation>.title: this placement's heading repeats the one at line ${line} (scenario "three-way-handshake"): give each a title="…" that says what it shows`
    expect(await messagesFor('repeated-simulation')).toEqual([
      `${file('repeated-simulation', 'en')}:31: ${message(29)}`,
      `${file('repeated-simulation', 'zh')}:31: ${message(29)}`,
    ])
  })

  it('names a translation that embeds a different simulation', async () => {
    expect(await messagesFor('simulation-mismatch')).toEqual([
      `${file('simulation-mismatch', 'zh')}:29: <Simulation>: scenario, step, overrides and predict must match ${file('simulation-mismatch', 'en')}:29`,
    ])
  })

  it('makes loadQuestion throw a ContentError that carries the same lines', async () => {
    const error = await loadQuestion('syn-basics', 'en', fixtures('two-correct')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).message).toBe(
      `${file('two-correct', 'zh')}:12: quiz.0.choices: exactly one choice must be correct`,
    )
  })
})
