import { type ContentProblem } from './frontmatter'
import { MDX_COMPONENT_NAMES } from './mdx-names'

interface Positioned {
  line?: number | null
  reason?: string
  message?: string
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
    const e = error as Positioned
    const line = typeof e.line === 'number' ? e.line + firstLine - 1 : firstLine
    return [{ file, line, field: '(mdx)', message: (e.reason ?? e.message ?? String(error)).split('\n')[0] }]
  }
}

function lineOfTag(body: string, name: string): number {
  const index = body.search(new RegExp(`<${name.replace('.', '\\.')}[\\s/>]`))
  return index === -1 ? 1 : body.slice(0, index).split('\n').length
}
