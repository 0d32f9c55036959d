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
import { createSourceMemo } from '@/lib/server/source-memo'

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

/** The MDX body compiled and bound to the locale's components: a React element any request can render. */
const compiledBodies = createSourceMemo<ReturnType<typeof evaluate>>()

function evaluated(file: string, locale: Locale, source: string): ReturnType<typeof evaluate> {
  return compiledBodies(`${file}\u0000${locale}`, source, () =>
    evaluate({
      source,
      components: mdxComponents(locale),
      // Content is trusted, but questions are prose: no imports or exports, only the components above.
      options: { disableImports: true, disableExports: true },
    }),
  )
}
