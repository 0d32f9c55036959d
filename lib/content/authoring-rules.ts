/**
 * Rules about how a question is written rather than what its fields hold: checks the schema
 * cannot express because they read the body, or depend on whether the question is published.
 */
import { locales } from '@/lib/i18n/locales'
import { questions } from '@/lib/i18n/messages/questions'
import { type ContentProblem } from './frontmatter'
import { type ParsedQuestionFile } from './parse'

const TODO = /\bTODO\b/

/**
 * A published question may not keep a template placeholder: `npm run new:question` fills every
 * field with "TODO: …" so a draft passes the check, and this rule stops it going live unfinished.
 */
export function unfinishedTodos(file: ParsedQuestionFile): ContentProblem[] {
  if (file.frontmatter.draft) return []
  const problems: ContentProblem[] = []
  file.source.split(/\r?\n/).forEach((text, i) => {
    if (TODO.test(text))
      problems.push({
        file: file.file,
        line: i + 1,
        field: '(todo)',
        message: 'a published question still has a TODO; finish it or set draft: true',
      })
  })
  return problems
}

// The page renders these sections itself, from the frontmatter (quiz, sources), under these titles.
const GENERATED = new Map(
  locales.flatMap((l) => [
    [normalise(questions[l].furtherReading), 'sources'],
    [normalise(questions[l].checkYourself), 'quiz'],
  ]),
)
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/
const FENCE = /^ {0,3}(```|~~~)/

function normalise(title: string): string {
  return title.trim().toLowerCase().replace(/[\s:：.。]+$/u, '')
}

/**
 * A body heading may not repeat a section the page generates: "Further reading" is rendered from
 * `sources` and "Check yourself" from `quiz`, so a second one in the body shows twice.
 */
export function duplicatedSections(file: ParsedQuestionFile): ContentProblem[] {
  const problems: ContentProblem[] = []
  let inFence = false
  file.body.split(/\r?\n/).forEach((text, i) => {
    if (FENCE.test(text)) inFence = !inFence
    const title = !inFence && HEADING.exec(text)?.[1]
    const field = title ? GENERATED.get(normalise(title)) : undefined
    if (field)
      problems.push({
        file: file.file,
        line: file.bodyLine + i,
        field: '(mdx)',
        message: `heading "${title}" duplicates the section the page builds from \`${field}\`; remove it and put its content in ${field}`,
      })
  })
  return problems
}

/** Every authoring rule for one file. */
export function checkAuthoringRules(file: ParsedQuestionFile): ContentProblem[] {
  return [...unfinishedTodos(file), ...duplicatedSections(file)]
}
