import 'server-only'
import { evaluate } from 'next-mdx-remote-client/rsc'
import { type ReactNode, cache } from 'react'
import { mdxComponents } from '@/components/mdx/components'
import {
  ContentError,
  type ContentProblem,
  loadQuestion,
  type LoadedQuestion,
  locateMdxError,
  type VisibilityOptions,
} from '@/lib/content'
import { type Locale } from '@/lib/i18n/locales'

export type QuestionPageData =
  | { kind: 'missing' }
  | { kind: 'broken'; problems: ContentProblem[] }
  | { kind: 'ready'; question: LoadedQuestion; content: ReactNode }

/**
 * A question read and its MDX evaluated, or why it cannot be shown. Invalid files come back as
 * problems instead of an exception, so each page decides who sees them (an instructor) and who
 * gets a 404 (a learner). Cached per request: metadata and page share one load.
 */
export const questionPageData = cache(
  async (slug: string, locale: Locale, drafts?: boolean): Promise<QuestionPageData> => {
    const options: VisibilityOptions = drafts === undefined ? {} : { drafts }
    let question: LoadedQuestion | null
    try {
      question = await loadQuestion(slug, locale, undefined, options)
    } catch (error) {
      if (error instanceof ContentError) return { kind: 'broken', problems: error.problems }
      throw error
    }
    if (!question) return { kind: 'missing' }
    const { content, error } = await evaluated(question.file, locale, question.source)
    if (error) {
      const { line, message } = locateMdxError(error)
      const fileLine = line === undefined ? question.bodyLine : line + question.bodyLine - 1
      return { kind: 'broken', problems: [{ file: question.file, line: fileLine, field: '(mdx)', message }] }
    }
    return { kind: 'ready', question, content }
  },
)

/**
 * The MDX body compiled, kept between requests while its source is unchanged (issue #16). Pages
 * are rendered per request for their CSP nonce, and compiling a long answer again each time sat in
 * the time to first byte. The result is a React element bound to the locale's components, which
 * can be rendered any number of times. One entry per file and locale: an edited file replaces its
 * own entry, so development sees the change at once and the map stays as small as the content.
 */
const compiled = new Map<string, { source: string; result: ReturnType<typeof evaluate> }>()

function evaluated(file: string, locale: Locale, source: string): ReturnType<typeof evaluate> {
  const key = `${file}\u0000${locale}`
  const hit = compiled.get(key)
  if (hit?.source === source) return hit.result
  const result = evaluate({
    source,
    components: mdxComponents(locale),
    // Content is trusted, but questions are prose: no imports or exports, only the components above.
    options: { disableImports: true, disableExports: true },
  })
  compiled.set(key, { source, result })
  // A failed compile is not kept: the next request tries again (and reports the error again).
  result.catch(() => compiled.delete(key))
  return result
}
