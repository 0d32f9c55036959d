import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { type Locale, locales } from '@/lib/i18n/locales'
import { checkAuthoringRules } from './authoring-rules'
import { localesAgree } from './cross-locale'
import { type SimulationEmbeds } from './embed-check'
import { ContentError, type ContentProblem, formatProblem } from './frontmatter'
import { checkMdxBody } from './mdx-check'
import { type ParsedQuestionFile, parseQuestionSource } from './parse'
import { type Difficulty, type QuestionFrontmatter, Slug } from './schema'

/**
 * Where the questions live: content/questions/<slug>/<locale>.mdx. HANDSHAKE_CONTENT_DIR points the
 * app at another tree (a drafts folder, or the test fixtures) without touching the real one.
 */
export const QUESTIONS_DIR = process.env.HANDSHAKE_CONTENT_DIR || path.join(process.cwd(), 'content', 'questions')

/** What lists, search and the database need to know about a question, in every locale. */
export interface QuestionMeta {
  id: string
  slug: string
  /** sha256 over every locale's source, so the seed can tell when a question changed. */
  contentHash: string
  title: Record<Locale, string>
  summary: Record<Locale, string>
  topics: string[]
  difficulty: Difficulty
  scenario: string | null
  /** Shown in development and on /author only (see draftsVisible). */
  draft: boolean
}

/** One locale of one question, ready to render. */
export interface LoadedQuestion {
  meta: QuestionMeta
  locale: Locale
  frontmatter: QuestionFrontmatter
  /** MDX body without the frontmatter. */
  source: string
  /** The file, relative to the project, and the line its body starts on: MDX errors point there. */
  file: string
  bodyLine: number
}

export interface CheckedQuestion {
  meta: QuestionMeta
  files: Record<Locale, ParsedQuestionFile>
}

/** One folder under the content root, valid (with its question) or not (with its problems). */
export interface FolderStatus {
  slug: string
  question?: CheckedQuestion
  problems: ContentProblem[]
}

/**
 * Whether learners may see drafts: everywhere but a production server, so `npm run dev` previews
 * a draft at its real URL while `npm start` hides it from lists and answers its URL with a 404.
 */
export function draftsVisible(): boolean {
  return process.env.NODE_ENV !== 'production'
}

// Content is read at request time from the project folder, never bundled; the turbopackIgnore
// comments below stop Next from tracing the whole project into the server output because of it.
// Messages name files relative to the project, the way authors and editors refer to them.
const display = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/')

interface CompiledCheck {
  problems: ContentProblem[]
  simulations: SimulationEmbeds
}

// On a production server the code cannot change, so a file's compile check (its MDX compiled, its
// simulations run: most of the check's time) depends on its text alone; /author then re-checks
// only files edited since the last request. One entry per file. Not in development, where an
// edited library scenario must change the verdict without a change to the question file.
const compiledChecks = new Map<string, { source: string; check: Promise<CompiledCheck> }>()

function compileCheck(file: ParsedQuestionFile): Promise<CompiledCheck> {
  const cached = compiledChecks.get(file.file)
  if (cached?.source === file.source) return cached.check
  const check = (async () => {
    const problems = await checkMdxBody(file.file, file.body, file.bodyLine)
    // Imported here: it runs the engine, which the pages' loader has no need of.
    const { checkSimulations } = await import('./embed-check')
    const simulations = await checkSimulations(file)
    return { problems: [...problems, ...simulations.problems], simulations }
  })()
  if (process.env.NODE_ENV === 'production') {
    compiledChecks.set(file.file, { source: file.source, check })
    check.catch(() => compiledChecks.delete(file.file))
  }
  return check
}

async function checkFolder(root: string, slug: string, compileMdx = false): Promise<{ question?: CheckedQuestion; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = []
  const folder = path.join(root, slug)
  if (!Slug.safeParse(slug).success) {
    problems.push({ file: display(folder), line: 1, field: '(slug)', message: 'folder name must be kebab-case' })
  }
  const parsed: Partial<Record<Locale, ParsedQuestionFile>> = {}
  const simulations: Partial<Record<Locale, SimulationEmbeds>> = {}
  for (const locale of locales) {
    const file = path.join(folder, `${locale}.mdx`)
    const source = await readFile(/*turbopackIgnore: true*/ file, 'utf8').catch(() => null)
    if (source === null) {
      problems.push({
        file: display(file),
        line: 1,
        field: '(file)',
        message: `missing: every question needs ${locales.map((l) => `${l}.mdx`).join(' and ')}`,
      })
      continue
    }
    const result = parseQuestionSource(display(file), source)
    if (result.ok) {
      parsed[locale] = result.value
      problems.push(...checkAuthoringRules(result.value))
      if (compileMdx) {
        const compiled = await compileCheck(result.value)
        simulations[locale] = compiled.simulations
        problems.push(...compiled.problems)
      }
    } else problems.push(...result.problems)
  }
  const [first, ...rest] = locales
  const reference = parsed[first]
  if (!reference || rest.some((l) => !parsed[l]) || problems.length) return { problems }
  for (const locale of rest) problems.push(...localesAgree(reference, parsed[locale]!))
  if (compileMdx && !problems.length) {
    const { simulationsAgree } = await import('./embed-check')
    const embedsOf = (l: Locale) => ({ file: parsed[l]!.file, bodyLine: parsed[l]!.bodyLine, embeds: simulations[l]! })
    for (const locale of rest) problems.push(...simulationsAgree(embedsOf(first), embedsOf(locale)))
  }
  if (problems.length) return { problems }

  const files = parsed as Record<Locale, ParsedQuestionFile>
  const fm = reference.frontmatter
  const pick = (key: 'title' | 'summary') =>
    Object.fromEntries(locales.map((l) => [l, files[l].frontmatter[key]])) as Record<Locale, string>
  const hash = createHash('sha256')
  for (const locale of locales) hash.update(`${locale}\0${files[locale].source}\0`)
  const meta: QuestionMeta = {
    id: fm.id,
    slug,
    contentHash: hash.digest('hex'),
    title: pick('title'),
    summary: pick('summary'),
    topics: fm.topics,
    difficulty: fm.difficulty,
    scenario: fm.simulation?.scenario ?? null,
    draft: fm.draft,
  }
  return { question: { meta, files }, problems }
}

const difficultyOrder: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 }

/**
 * Validates every question folder under `root` and collects all problems instead of stopping at
 * the first, so one run of the content check shows an author everything to fix.
 */
export async function checkQuestions(
  root: string = QUESTIONS_DIR,
  // Compiling every body is the content check's job; pages compile their own body when rendering.
  { compileMdx = false }: { compileMdx?: boolean } = {},
): ReturnType<typeof checkAllFolders> {
  if (compileMdx) return checkAllFolders(root, true)
  // Every page that lists or shows a question asks for this, and a question page, /review or
  // /practice asks once per question: with 31 questions that was ~0.9 s a call and ~9 s for a
  // deck. The result depends only on the files, so it is kept until one of them changes (its
  // modification time or size), which a few dozen stat calls tell.
  const signature = await folderSignature(root)
  const cached = checksByRoot.get(root)
  if (cached?.signature === signature) return cached.result
  const result = checkAllFolders(root, false)
  checksByRoot.set(root, { signature, result })
  result.catch(() => checksByRoot.delete(root))
  return result
}

const checksByRoot = new Map<string, { signature: string; result: ReturnType<typeof checkAllFolders> }>()

/** Every question file under `root` with its modification time and size, as one string. */
async function folderSignature(root: string): Promise<string> {
  const entries = await readdir(/*turbopackIgnore: true*/ root, { withFileTypes: true }).catch(() => null)
  if (!entries) return 'missing'
  const parts = await Promise.all(
    entries
      .filter((e) => e.isDirectory())
      .map(async (e) => {
        const dir = path.join(root, e.name)
        const files = await readdir(/*turbopackIgnore: true*/ dir).catch(() => [] as string[])
        const stats = await Promise.all(
          files.sort().map(async (f) => {
            const st = await stat(/*turbopackIgnore: true*/ path.join(dir, f)).catch(() => null)
            return `${f}:${st?.mtimeMs}:${st?.size}`
          }),
        )
        return `${e.name}/${stats.join(',')}`
      }),
  )
  return parts.sort().join('|')
}

async function checkAllFolders(root: string, compileMdx: boolean) {
  const entries = await readdir(/*turbopackIgnore: true*/ root, { withFileTypes: true }).catch(() => null)
  if (!entries) {
    const problem = { file: display(root), line: 1, field: '(folder)', message: 'not found; questions live in content/questions/<slug>/' }
    return { questions: [] as CheckedQuestion[], problems: [problem], folders: [] as FolderStatus[] }
  }
  const slugs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
  const folders: FolderStatus[] = await Promise.all(
    slugs.map(async (slug) => ({ slug, ...(await checkFolder(root, slug, compileMdx)) })),
  )

  // Ids key progress in the database, so two folders may never claim the same one: the later
  // folder (in name order) is the broken one, so the earlier keeps working and keeps its progress.
  const seen = new Map<string, CheckedQuestion>()
  for (const folder of folders) {
    const q = folder.question
    if (!q) continue
    const earlier = seen.get(q.meta.id)
    if (!earlier) {
      seen.set(q.meta.id, q)
      continue
    }
    const file = q.files[locales[0]]
    folder.problems.push({
      file: file.file,
      line: file.lineOf(['id']),
      field: 'id',
      message: `id "${q.meta.id}" is already used by ${earlier.files[locales[0]].file}`,
    })
    delete folder.question
  }
  const problems = folders.flatMap((f) => f.problems)
  const questions = folders.flatMap((f) => (f.question ? [f.question] : []))
  questions.sort(
    (a, b) =>
      difficultyOrder[a.meta.difficulty] - difficultyOrder[b.meta.difficulty] || a.meta.slug.localeCompare(b.meta.slug),
  )
  return { questions, problems, folders }
}

/**
 * The full check of one question folder (MDX compiled, simulations run), for /author's preview.
 * Null when no folder has that slug. Duplicate ids across folders are checkQuestions' job.
 */
export async function checkQuestion(
  slug: string,
  root: string = QUESTIONS_DIR,
): Promise<{ question?: CheckedQuestion; problems: ContentProblem[] } | null> {
  if (!Slug.safeParse(slug).success) return null
  const folders = await readdir(/*turbopackIgnore: true*/ root).catch(() => [] as string[])
  return folders.includes(slug) ? checkFolder(root, slug, true) : null
}

// A server renders the index on every request; one broken file should be logged once, not per page view.
const reported = new Set<string>()
function reportOnce(problems: ContentProblem[]) {
  for (const line of problems.map(formatProblem))
    if (!reported.has(line)) {
      reported.add(line)
      console.error(`[content] skipped a broken question: ${line}`)
    }
}

export interface VisibilityOptions {
  /** Include `draft: true` questions (default: draftsVisible()). */
  drafts?: boolean
}

/**
 * Every valid question's metadata in both locales, easiest first. A broken question is left out
 * (and logged) rather than thrown, so one bad file never takes down the pages that list questions;
 * `npm run content:check` and /author report it with file and line.
 */
export async function loadQuestionIndex(
  root: string = QUESTIONS_DIR,
  { drafts = draftsVisible() }: VisibilityOptions = {},
): Promise<QuestionMeta[]> {
  const { questions, problems } = await checkQuestions(root)
  reportOnce(problems)
  return questions.map((q) => q.meta).filter((meta) => drafts || !meta.draft)
}

/**
 * One question in one locale, or null when no folder has that slug (or it is a hidden draft).
 * Throws ContentError when the question's files are invalid: its page decides who sees the problems.
 */
export async function loadQuestion(
  slug: string,
  locale: Locale,
  root: string = QUESTIONS_DIR,
  { drafts = draftsVisible() }: VisibilityOptions = {},
): Promise<LoadedQuestion | null> {
  // The slug comes from the URL: refuse anything that is not a plain folder name before touching disk.
  if (!Slug.safeParse(slug).success) return null
  // Every folder, not just this one: a question whose id another folder already holds is broken
  // here exactly as it is in the index (the frontmatter alone is parsed, so this stays cheap).
  const folder = (await checkQuestions(root)).folders.find((f) => f.slug === slug)
  if (!folder) return null
  const { question, problems } = folder
  if (!question) throw new ContentError(problems)
  if (question.meta.draft && !drafts) return null
  const file = question.files[locale]
  return {
    meta: question.meta,
    locale,
    frontmatter: file.frontmatter,
    source: file.body,
    file: file.file,
    bodyLine: file.bodyLine,
  }
}
