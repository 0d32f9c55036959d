/**
 * Finds the components a question body embeds (`<Simulation scenario="…" step={3} …/>`) with
 * their file lines and prop values, without running the MDX: attribute expressions are read as
 * plain data (objects, arrays, strings, numbers, booleans), which is all a question needs.
 */

/** One `<Name …/>` element in an MDX body. */
export interface Embed {
  readonly name: string
  /** File line of the element's opening `<`. */
  readonly line: number
  /** Props that are plain data. */
  readonly props: Record<string, unknown>
  /** Props written as code the check cannot read without running it, and where. */
  readonly unreadable: readonly { readonly prop: string; readonly line: number }[]
}

// The MDX syntax tree, as far as this file reads it (mdast + mdast-util-mdx-jsx + estree).
interface Point {
  line: number
}
interface MdNode {
  type: string
  name?: string | null
  position?: { start: Point }
  attributes?: JsxAttribute[]
  children?: MdNode[]
}
interface JsxAttribute {
  type: string
  name?: string
  value?: string | null | { type: string; value: string; data?: { estree?: EsNode } }
  position?: { start: Point }
}
interface EsNode {
  type: string
  [key: string]: unknown
}

/** Elements named `name` in `body`, whose first line is file line `firstLine`. */
export async function findEmbeds(body: string, firstLine: number, name: string): Promise<Embed[]> {
  // A dynamic import: @mdx-js/mdx is ESM-only and the tsx scripts run as CommonJS.
  const { createProcessor } = await import('@mdx-js/mdx')
  const tree = createProcessor().parse(body) as MdNode
  const toFile = (p: Point | undefined) => (p?.line ?? 1) + firstLine - 1
  const found: Embed[] = []
  const walk = (node: MdNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name) {
      const props: Record<string, unknown> = {}
      const unreadable: { prop: string; line: number }[] = []
      for (const a of node.attributes ?? []) {
        const line = toFile(a.position?.start ?? node.position?.start)
        if (a.type !== 'mdxJsxAttribute' || !a.name) unreadable.push({ prop: '{…spread}', line })
        else if (a.value === null || a.value === undefined) props[a.name] = true
        else if (typeof a.value === 'string') props[a.name] = a.value
        else {
          const value = literal(a.value.data?.estree)
          if (value === UNREADABLE) unreadable.push({ prop: a.name, line })
          else props[a.name] = value
        }
      }
      found.push({ name, line: toFile(node.position?.start), props, unreadable })
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree)
  return found
}

const UNREADABLE = Symbol('unreadable')

/** The value of `{ … }` when it is plain data; UNREADABLE for anything that would need running. */
function literal(program: EsNode | undefined): unknown {
  const body = program?.body as EsNode[] | undefined
  if (body?.length !== 1 || body[0].type !== 'ExpressionStatement') return UNREADABLE
  return value(body[0].expression as EsNode)
}

function value(node: EsNode): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value instanceof RegExp || typeof node.value === 'bigint' ? UNREADABLE : node.value
    case 'UnaryExpression': {
      const v = value(node.argument as EsNode)
      return node.operator === '-' && typeof v === 'number' ? -v : UNREADABLE
    }
    case 'TemplateLiteral':
      return (node.expressions as EsNode[]).length === 0
        ? (node.quasis as { value: { cooked: string } }[])[0].value.cooked
        : UNREADABLE
    case 'ArrayExpression': {
      const items = (node.elements as (EsNode | null)[]).map((e) => (e && e.type !== 'SpreadElement' ? value(e) : UNREADABLE))
      return items.includes(UNREADABLE) ? UNREADABLE : items
    }
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {}
      for (const p of node.properties as EsNode[]) {
        const key = p.key as EsNode
        if (p.type !== 'Property' || p.computed || p.kind !== 'init') return UNREADABLE
        const name = key.type === 'Identifier' ? (key.name as string) : key.type === 'Literal' ? String(key.value) : undefined
        const v = value(p.value as EsNode)
        if (name === undefined || v === UNREADABLE) return UNREADABLE
        out[name] = v
      }
      return out
    }
    default:
      return UNREADABLE
  }
}
