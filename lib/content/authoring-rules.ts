/**
 * Rules about how a question is written rather than what its fields hold: checks the schema
 * cannot express because they read the body, or depend on whether the question is published.
 */
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

/** Every authoring rule for one file. */
export function checkAuthoringRules(file: ParsedQuestionFile): ContentProblem[] {
  return [...unfinishedTodos(file)]
}
