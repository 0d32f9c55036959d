// Structural check of a React Flight *reply*: the body a browser sends when it calls a server
// action. Next hands the body to React's decodeReply, and whatever that throws (bad JSON, a
// reference to a part that is not there, a stack overflow on deep nesting) becomes a 500. This
// walks the reply without decoding it and refuses what the decoder could not decode, so a forged
// call gets a 400 instead.
//
// The reference syntax follows React 19's ReactFlightReplyServer (`parseModelString`): a string
// starting with `$` is either a self-contained value ($$ escaped text, $D date, $n bigint, $u
// undefined, …) or a reference to another part of the multipart body. References this app never
// sends (Maps, Sets, streams, typed arrays, server references) are refused outright.

/** The part of a multipart body with this name; undefined when the body has no such part. */
export type ReplyParts = (name: string) => FormDataEntryValue | null | undefined

export type ReplyLimits = {
  /** Deepest array/object nesting accepted; React's decoder recurses once per level. */
  maxDepth: number
  /** Sum of array lengths and string lengths; React refuses replies above 1e6 with an error. */
  maxWeight: number
}

export const DEFAULT_REPLY_LIMITS: ReplyLimits = { maxDepth: 64, maxWeight: 500_000 }

/** Values that need no other part: escaped text, temporary references and scalar encodings. */
const SELF_CONTAINED = new Set(['$', 'H', 'T', 'I', '-', 'N', 'u', 'D', 'K'])
/**
 * References to another JSON part decoded as a plain model: `$@<id>` (a promise) and `$<id>`.
 * Parts that must have a particular shape (Map, Set, iterator, server reference, stream, typed
 * array) are refused: no action here takes one, and checking their shapes would mean
 * re-implementing the decoder.
 */
const OUTLINED_MODEL = new Set(['@'])
const HEX_ID = /^[0-9a-f]+$/
const BIGINT = /^-?\d{1,300}$/

class ReplyProblem extends Error {}

/**
 * Null when React's decoder can decode the reply whose root part is `rootName`, else a short
 * reason. `prefix` is the part-name prefix React uses for this reply ('' for fetch actions,
 * `$ACTION_<n>:` for the bound arguments of a no-JavaScript form post).
 */
export function checkFlightReply(
  parts: ReplyParts,
  { prefix = '', rootName = '0', limits = DEFAULT_REPLY_LIMITS } = {},
): string | null {
  const checked = new Set<string>()
  let weight = 0

  const parsePart = (name: string): unknown => {
    const part = parts(name)
    if (typeof part !== 'string') throw new ReplyProblem(`part ${name} is missing or not text`)
    try {
      return JSON.parse(part)
    } catch {
      throw new ReplyProblem(`part ${name} is not JSON`)
    }
  }

  const checkPart = (name: string, path: string[]): void => {
    const key = `${name}:${path.join(':')}`
    if (checked.has(key)) return // already walked, or a cycle that React resolves itself
    checked.add(key)
    let value = parsePart(name)
    // Iterative walk with an explicit stack: the nesting an attacker sends must not cost us a
    // stack frame per level either.
    for (const step of path) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, step))
        throw new ReplyProblem(`reference path ${key} does not exist`)
      value = (value as Record<string, unknown>)[step]
    }
    const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }]
    while (stack.length > 0) {
      const { value: current, depth } = stack.pop()!
      if (depth > limits.maxDepth) throw new ReplyProblem(`nested deeper than ${limits.maxDepth}`)
      if (typeof current === 'string') {
        weight += current.length
        if (current.startsWith('$')) checkReference(current)
      } else if (Array.isArray(current)) {
        weight += current.length
        for (const item of current) stack.push({ value: item, depth: depth + 1 })
      } else if (current !== null && typeof current === 'object') {
        for (const item of Object.values(current)) stack.push({ value: item, depth: depth + 1 })
      }
      if (weight > limits.maxWeight) throw new ReplyProblem(`larger than ${limits.maxWeight} items`)
    }
  }

  const checkReference = (reference: string): void => {
    const tag = reference[1] ?? ''
    if (SELF_CONTAINED.has(tag)) return
    if (tag === 'n') {
      if (!BIGINT.test(reference.slice(2))) throw new ReplyProblem(`bad bigint ${reference.slice(0, 40)}`)
      return
    }
    if (tag === 'B') {
      const id = reference.slice(2)
      if (!HEX_ID.test(id) || !(parts(prefix + parseInt(id, 16)) instanceof Blob))
        throw new ReplyProblem(`blob reference ${reference.slice(0, 40)} has no blob part`)
      return
    }
    const [id = '', ...path] = (OUTLINED_MODEL.has(tag) ? reference.slice(2) : reference.slice(1)).split(':')
    if (!HEX_ID.test(id)) throw new ReplyProblem(`unsupported reference ${reference.slice(0, 40)}`)
    checkPart(prefix + parseInt(id, 16), path)
  }

  try {
    checkPart(prefix + rootName, [])
    return null
  } catch (error) {
    if (error instanceof ReplyProblem) return error.message
    throw error
  }
}

/**
 * Next's own cap on a call's arguments (SERVER_ACTION_ARGS_LIMIT in its action handler), which it
 * enforces by throwing, a 500 (found by e2e/fuzz.spec.ts with a 1 003-number argument list).
 */
export const MAX_ACTION_ARGUMENTS = 1000

/** A reply whose root must be the action's argument list (Next spreads it into the call). */
export function checkActionArguments(parts: ReplyParts, limits = DEFAULT_REPLY_LIMITS): string | null {
  const root = parts('0')
  if (typeof root !== 'string') return 'the argument list (part 0) is missing'
  let args: unknown
  try {
    args = JSON.parse(root)
  } catch {
    return 'the argument list is not JSON'
  }
  if (!Array.isArray(args)) return 'the argument list is not an array'
  if (args.length > MAX_ACTION_ARGUMENTS)
    return `the argument list is longer than ${MAX_ACTION_ARGUMENTS} arguments`
  return checkFlightReply(parts, { limits })
}

/**
 * Checks the bound-action metadata of a no-JavaScript form post (`$ACTION_REF_<n>` fields): the
 * part `$ACTION_<n>:0` must be `{ id, bound }` and every reference in it must resolve.
 */
export function checkFormActionReferences(form: FormData, limits = DEFAULT_REPLY_LIMITS): string | null {
  for (const key of form.keys()) {
    if (!key.startsWith('$ACTION_REF_')) continue
    const prefix = `$ACTION_${key.slice('$ACTION_REF_'.length)}:`
    const root = form.get(`${prefix}0`)
    if (typeof root !== 'string') return `${prefix}0 is missing`
    let meta: unknown
    try {
      meta = JSON.parse(root)
    } catch {
      return `${prefix}0 is not JSON`
    }
    if (meta === null || typeof meta !== 'object' || typeof (meta as { id?: unknown }).id !== 'string')
      return `${prefix}0 has no action id`
    const problem = checkFlightReply((name) => form.get(name), { prefix, limits })
    if (problem) return problem
  }
  return null
}
