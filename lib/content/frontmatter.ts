import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml'

/** One thing wrong with one content file, pinned to a line and a dotted field path. */
export interface ContentProblem {
  file: string
  line: number
  field: string
  message: string
}

export interface SplitSource {
  /** The YAML between the `---` fences. */
  yaml: string
  /** The MDX after the closing fence. */
  body: string
  /** File line (1-based) on which the body starts, to map MDX errors back to the file. */
  bodyLine: number
}

const FENCE = /^---[ \t]*$/

/** Separates `---` YAML frontmatter from the MDX body; null when the file has no frontmatter. */
export function splitFrontmatter(source: string): SplitSource | null {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/)
  if (!FENCE.test(lines[0] ?? '')) return null
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line))
  if (close === -1) return null
  return { yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 }
}

export interface ParsedYaml {
  data: unknown
  /** YAML syntax errors, already as problems (without the file name filled in). */
  errors: Omit<ContentProblem, 'file'>[]
  /** The file line (1-based) of a field, or of its nearest existing parent when it is missing. */
  lineOf(path: readonly PropertyKey[]): number
}

// The YAML starts on file line 2, right after the opening `---`.
const YAML_FIRST_LINE = 2

/** Parses frontmatter YAML while keeping enough position data to point at any field's line. */
export function parseYaml(yaml: string): ParsedYaml {
  const counter = new LineCounter()
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false })
  const toFileLine = (offset: number) => counter.linePos(offset).line + YAML_FIRST_LINE - 1

  const errors = doc.errors.map((e) => ({
    line: toFileLine(e.pos[0]),
    field: '(yaml)',
    message: e.message.split('\n')[0],
  }))

  function lineOf(path: readonly PropertyKey[]): number {
    let node: unknown = doc.contents
    let line = node && (node as Node).range ? toFileLine((node as Node).range![0]) : 1
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value) === String(key))
        if (!pair) break
        const keyNode = pair.key as Node | null
        if (keyNode?.range) line = toFileLine(keyNode.range[0])
        node = pair.value
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined
        if (!item) break
        if (item.range) line = toFileLine(item.range[0])
        node = item
      } else break
    }
    return line
  }

  return { data: doc.errors.length ? undefined : doc.toJS(), errors, lineOf }
}

/** `file:line: field: message`, the one-line shape every content error uses. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.message}`
}

/** Thrown when content fails validation; its message lists every problem, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'ContentError'
  }
}
