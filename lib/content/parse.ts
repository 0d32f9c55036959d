import { type z } from 'zod'
import { type ContentProblem, parseYaml, splitFrontmatter } from './frontmatter'
import { QuestionFrontmatter } from './schema'

export interface ParsedQuestionFile {
  file: string
  source: string
  frontmatter: QuestionFrontmatter
  body: string
  /** File line on which the MDX body starts. */
  bodyLine: number
  /** Line of a frontmatter field, so later cross-file checks can point at it too. */
  lineOf(path: readonly PropertyKey[]): number
}

export type ParseResult = { ok: true; value: ParsedQuestionFile } | { ok: false; problems: ContentProblem[] }

/** Dotted path as authors see it in the YAML: `quiz.0.choices`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(frontmatter)'
}

// Zod's default for a missing key says "expected string, received undefined"; authors need "required".
const parseParams = {
  error: (issue: z.core.$ZodRawIssue) => (issue.input === undefined ? 'required field is missing' : undefined),
}

/** Parses and validates one question file's source. Pure: the caller reads the file. */
export function parseQuestionSource(file: string, source: string): ParseResult {
  const split = splitFrontmatter(source)
  if (!split) {
    return {
      ok: false,
      problems: [{ file, line: 1, field: '(frontmatter)', message: 'file must start with --- YAML frontmatter ---' }],
    }
  }
  const yaml = parseYaml(split.yaml)
  if (yaml.errors.length) return { ok: false, problems: yaml.errors.map((e) => ({ file, ...e })) }

  const result = QuestionFrontmatter.safeParse(yaml.data, parseParams)
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue): ContentProblem[] => {
      // An unknown key is reported on its parent object; point at the key itself instead.
      const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path]
      const message = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message
      return paths.map((path) => ({ file, line: yaml.lineOf(path), field: fieldName(path), message }))
    })
    return { ok: false, problems: problems.sort((a, b) => a.line - b.line) }
  }
  return { ok: true, value: { file, source, frontmatter: result.data, body: split.body, bodyLine: split.bodyLine, lineOf: yaml.lineOf } }
}
