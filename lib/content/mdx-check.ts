import { type ContentProblem } from './frontmatter'
import { MDX_COMPONENT_NAMES } from './mdx-names'

interface Positioned {
  line?: number | null
  place?: { line?: number; start?: { line?: number } } | null
  reason?: string
  message?: string
}

// Some MDX errors (an unclosed JSX tag: "Expected a closing tag for `<Callout>` (5:1-5:22)") carry
// their position only inside the message; without this they would point at the body's first line.
const POSITION_IN_REASON = /\s*\((\d+):\d+(?:-\d+:\d+)?\)/

/** The body line an MDX error is about, and its message without a body-relative position. */
export function locateMdxError(error: unknown): { line: number | undefined; message: string } {
  const e = (error ?? {}) as Positioned
  const text = (e.reason ?? e.message ?? String(error)).split('\n')[0]
  const inReason = POSITION_IN_REASON.exec(text)
  const line =
    (typeof e.line === 'number' ? e.line : undefined) ??
    e.place?.start?.line ??
    e.place?.line ??
    (inReason ? Number(inReason[1]) : undefined)
  return { line, message: text.replace(POSITION_IN_REASON, '') }
}

/**
 * Compiles an MDX body the way the page will, so syntax errors and unknown components are caught
 * by the content check with a file:line rather than when a reader opens the page.
 */
export async function checkMdxBody(file: string, body: string, firstLine: number): Promise<ContentProblem[]> {
  try {
    // A dynamic import: @mdx-js/mdx is ESM-only and the tsx scripts run as CommonJS.
    const { compile } = await import('@mdx-js/mdx')
    const code = String(await compile(body, { outputFormat: 'function-body' }))
    const known = new Set<string>(MDX_COMPONENT_NAMES)
    const used = [...code.matchAll(/_missingMdxReference\("([^"]+)"/g)].map((m) => m[1])
    return [...new Set(used)]
      .filter((name) => !known.has(name))
      .map((name) => ({
        file,
        line: lineOfTag(body, name) + firstLine - 1,
        field: '(mdx)',
        message: `unknown component <${name}>; available: ${MDX_COMPONENT_NAMES.join(', ')}`,
      }))
  } catch (error) {
    const { line, message } = locateMdxError(error)
    return [{ file, line: line === undefined ? firstLine : line + firstLine - 1, field: '(mdx)', message }]
  }
}

function lineOfTag(body: string, name: string): number {
  const index = body.search(new RegExp(`<${name.replace('.', '\\.')}[\\s/>]`))
  return index === -1 ? 1 : body.slice(0, index).split('\n').length
}
