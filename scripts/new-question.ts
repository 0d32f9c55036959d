// `npm run new:question -- <slug> [--scenario <library id>]`: creates content/questions/<slug>/
// with en.mdx and zh.mdx from the template in lib/content/scaffold.ts, as a draft that already
// passes `npm run content:check`. Refuses a slug that is not kebab-case or is already taken.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseYaml, splitFrontmatter } from '@/lib/content/frontmatter'
import { QUESTIONS_DIR, scaffoldQuestion } from '@/lib/content'
import { locales } from '@/lib/i18n/locales'
import { getScenario, listScenarios } from '@/lib/scenarios'

const USAGE = 'usage: npm run new:question -- <slug> [--scenario <library id>]'
const DEFAULT_SCENARIO = 'three-way-handshake'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

/** Ids of every question file that has one, even a broken file: a rename must not reuse them. */
async function idsInUse(folders: string[]): Promise<string[]> {
  const ids = new Set<string>()
  for (const folder of folders)
    for (const locale of locales) {
      const source = await readFile(path.join(QUESTIONS_DIR, folder, `${locale}.mdx`), 'utf8').catch(() => '')
      const split = splitFrontmatter(source)
      const data = split ? parseYaml(split.yaml).data : undefined
      const id = (data as { id?: unknown } | undefined)?.id
      if (typeof id === 'string') ids.add(id)
    }
  return [...ids]
}

async function main() {
  const args = process.argv.slice(2)
  const at = args.indexOf('--scenario')
  const scenario = at === -1 ? DEFAULT_SCENARIO : args[at + 1]
  const positional = at === -1 ? args : args.filter((_, i) => i !== at && i !== at + 1)
  if (positional.length !== 1 || !scenario) fail(USAGE)
  if (!getScenario(scenario))
    fail(
      `unknown scenario "${scenario}"; the library has: ${listScenarios()
        .map((e) => e.id)
        .join(', ')}`,
    )

  const entries = await readdir(QUESTIONS_DIR, { withFileTypes: true }).catch(() => [])
  const slugs = entries.filter((e) => e.isDirectory()).map((e) => e.name)
  const result = scaffoldQuestion(positional[0], scenario, { slugs, ids: await idsInUse(slugs) })
  if (!result.ok) fail(result.message)

  const folder = path.join(QUESTIONS_DIR, positional[0])
  await mkdir(folder)
  const written = []
  for (const locale of locales) {
    const file = path.join(folder, `${locale}.mdx`)
    // 'wx': never overwrite, even if the folder appeared between the check and now.
    await writeFile(file, result.files[locale], { flag: 'wx' })
    written.push(path.relative(process.cwd(), file))
  }
  console.log(`created ${written.join(' and ')} (id "${result.id}", draft, scenario "${scenario}")`)
  console.log(
    'next: replace every TODO, run `npm run content:check`, preview it on /author, then remove `draft: true`',
  )
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
