/**
 * Question bodies as plain text, for the questions list's search. MDX is reduced to the words a
 * reader sees: component tags, code-fence markers, link targets and Markdown punctuation go;
 * their text stays, so a search for "tcp_syncookies" or "半连接" finds the paragraph that says it.
 */
import { type Locale } from '@/lib/i18n/locales'
import { checkQuestions, QUESTIONS_DIR } from './loader'

export function mdxToPlainText(mdx: string): string {
  return (
    mdx
      // import/export lines are code, not prose.
      .replace(/^(?:import|export)\s.*$/gm, ' ')
      // JSX tags (self-closing or not, attributes included); their children stay.
      .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
      // {expressions}
      .replace(/\{[^{}]*\}/g, ' ')
      // [text](target) keeps the text.
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^```.*$/gm, ' ')
      .replace(/[*_`#>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/** Each valid question's body as plain text, by question id and locale. */
export async function loadQuestionBodies(root: string = QUESTIONS_DIR): Promise<Map<string, Record<Locale, string>>> {
  const { questions } = await checkQuestions(root)
  return new Map(
    questions.map((q) => [
      q.meta.id,
      Object.fromEntries(Object.entries(q.files).map(([l, f]) => [l, mdxToPlainText(f.body)])) as Record<
        Locale,
        string
      >,
    ]),
  )
}
