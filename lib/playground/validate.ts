/**
 * Validates a draft with the engine's zod schema and keys each problem by its field path
 * ("apps.0.actions.1.port"), so the form can show it next to the field and the JSON panel can list it.
 */
import { type z } from 'zod'
import { type ScenarioInput, scenarioSchema } from '@/lib/tcp'

export interface FieldIssue {
  /** Dotted path from the scenario root; '' for the scenario itself. */
  readonly path: string
  readonly message: string
}

export type DraftCheck = { ok: true; scenario: ScenarioInput } | { ok: false; issues: FieldIssue[] }

type Issue = z.core.$ZodIssue

/**
 * The issues of the union branch the draft was meant to be: the one whose keys all belong to it
 * (no `unrecognized_keys`), fewest problems first. An expectation `{ host, endsIn: 'NOPE' }`
 * then reports `endsIn`'s own message instead of a bare "Invalid input" on the whole item.
 * Undefined when no branch fits, so the union's own message stands.
 */
function intendedBranch(issue: Issue): readonly Issue[] | undefined {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || issue.errors.length === 0) return undefined
  const fitting = issue.errors.filter((branch) => !branch.some((i) => i.code === 'unrecognized_keys'))
  if (fitting.length === 0) return undefined
  return fitting.reduce((best, b) => (b.length < best.length ? b : best))
}

function flatten(issue: Issue, prefix: readonly PropertyKey[]): FieldIssue[] {
  const path = [...prefix, ...issue.path]
  const branch = intendedBranch(issue)
  if (branch) return branch.flatMap((i) => flatten(i, path))
  return [{ path: path.map(String).join('.'), message: issue.message }]
}

const depth = (issue: FieldIssue) => (issue.path === '' ? 0 : issue.path.split('.').length)

/**
 * Turns zod's issues into path-keyed messages, reaching into the union branch a value was meant to
 * be. Shallowest first, so a collection's own problem ("hosts: at most 16 hosts") leads the list
 * instead of coming after one problem per item, past where a list is cut short.
 */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((i) => flatten(i, [])).sort((a, b) => depth(a) - depth(b))
}

/** Checks a draft exactly as the engine will when it runs. */
export function checkDraft(draft: unknown): DraftCheck {
  const r = scenarioSchema.safeParse(draft)
  return r.success ? { ok: true, scenario: draft as ScenarioInput } : { ok: false, issues: issuesOf(r.error) }
}

/** The first message for each path, for field-by-field lookup. */
export function issuesByPath(issues: readonly FieldIssue[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>()
  for (const i of issues) if (!map.has(i.path)) map.set(i.path, i.message)
  return map
}
