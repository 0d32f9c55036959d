/**
 * The scenario in a playground link (`?s=`): JSON, deflated when the platform has
 * CompressionStream, then base64url. The first character says which: `z` deflate, `j` plain JSON.
 * Decoding validates with the engine's own zod schema, so a link is trusted no more than a form.
 * Nothing here throws: every failure comes back as a reason the page can put into words.
 */
import { SCENARIO_BUDGET, type ScenarioInput, scenarioSchema } from '@/lib/tcp'
import { fromBase64Url, toBase64Url } from './base64url'
import { issuesOf, type FieldIssue } from './validate'

/** Longest `s` we write or read: well inside every browser's and proxy's URL limit (8 KB is common). */
export const MAX_LINK_CHARS = 7_000
/** Most JSON a link may inflate to, so a tiny crafted link cannot expand into megabytes. */
export const MAX_JSON_BYTES = 64 * 1024
/**
 * Deepest nesting a link may have (library scenarios reach 6). Checked on the text before
 * JSON.parse: a 179-character link held 30 000 levels, and everything after parsing (validation,
 * React's serialisation of the draft) recurses once per level (issue 17).
 */
export const MAX_JSON_DEPTH = 16
/** Most field problems a broken link lists; past that the reader learns nothing new. */
export const MAX_ISSUES = 20

export type EncodeResult = { ok: true; param: string } | { ok: false; reason: 'too-long' }

export type DecodeFailure =
  | { reason: 'too-long' }
  | { reason: 'too-deep' }
  | { reason: 'not-a-link' }
  /** `draft` is what the link held, for the editor to start from; null when it is over budget. */
  | { reason: 'invalid'; issues: FieldIssue[]; draft: unknown }

export type DecodeResult = { ok: true; scenario: ScenarioInput } | ({ ok: false } & DecodeFailure)

const FORMAT = 'deflate' // zlib framing: its Adler-32 check catches most tampering before JSON.parse does

/** Encodes a scenario for `?s=`; the same scenario always yields the same text on one platform. */
export async function encodeScenario(
  scenario: ScenarioInput,
  opts: { compress?: boolean } = {},
): Promise<EncodeResult> {
  const json = new TextEncoder().encode(JSON.stringify(scenario))
  const compress = (opts.compress ?? true) && typeof CompressionStream === 'function'
  const param = compress ? 'z' + toBase64Url(await deflate(json)) : 'j' + toBase64Url(json)
  return param.length > MAX_LINK_CHARS ? { ok: false, reason: 'too-long' } : { ok: true, param }
}

/** Decodes and validates `?s=`; failures say whether the link is unreadable or which fields are wrong. */
export async function decodeScenario(param: string): Promise<DecodeResult> {
  if (param.length > MAX_LINK_CHARS) return { ok: false, reason: 'too-long' }
  const bytes = fromBase64Url(param.slice(1))
  if (!bytes) return { ok: false, reason: 'not-a-link' }
  let json: Uint8Array | 'too-long' | undefined
  if (param[0] === 'z') json = await inflate(bytes)
  else if (param[0] === 'j') json = bytes.length > MAX_JSON_BYTES ? 'too-long' : bytes
  if (json === 'too-long') return { ok: false, reason: 'too-long' }
  if (!json) return { ok: false, reason: 'not-a-link' }
  let data: unknown
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(json)
    if (nestingDepth(text) > MAX_JSON_DEPTH) return { ok: false, reason: 'too-deep' }
    data = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'not-a-link' }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, reason: 'not-a-link' }
  const parsed = scenarioSchema.safeParse(data)
  if (!parsed.success) {
    // The editor draws a form per host, app and fault: an over-budget draft (800 hosts once made
    // 10 MB of HTML) is not drawn; the page shows the problems and starts from a fresh scenario.
    const draft = withinEditorBudget(data) ? data : null
    return { ok: false, reason: 'invalid', issues: issuesOf(parsed.error).slice(0, MAX_ISSUES), draft }
  }
  // Keep what the author wrote (not the defaults zod fills in) so the editor and the next link stay small.
  return { ok: true, scenario: data as ScenarioInput }
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream(FORMAT))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** Inflates with a running size check; undefined for corrupt data, 'too-long' past MAX_JSON_BYTES. */
async function inflate(bytes: Uint8Array): Promise<Uint8Array | 'too-long' | undefined> {
  if (typeof DecompressionStream !== 'function') return undefined
  const reader = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream(FORMAT))
    .getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.length
      if (size > MAX_JSON_BYTES) {
        await reader.cancel().catch(() => undefined)
        return 'too-long'
      }
      chunks.push(value)
    }
  } catch {
    return undefined
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/** The deepest bracket nesting in JSON text, counted in one pass without recursion. */
export function nestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth)
    else if (c === '}' || c === ']') depth--
  }
  return deepest
}

/** Whether an unvalidated draft has no more hosts, apps and faults than a scenario may. */
function withinEditorBudget(data: object): boolean {
  const { hosts, apps, faults } = data as Record<string, unknown>
  const size = (v: unknown) =>
    Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.keys(v).length : 0
  return (
    size(hosts) <= SCENARIO_BUDGET.hosts &&
    size(apps) <= SCENARIO_BUDGET.apps &&
    size(faults) <= SCENARIO_BUDGET.faults
  )
}
