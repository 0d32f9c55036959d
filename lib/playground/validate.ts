/**
 * Validates a draft with the engine's zod schema and keys each problem by its field path
 * ("apps.0.actions.1.port"), so the form can show it next to the field and the JSON panel can list it.
 */
import { type z } from 'zod'
import { scenarioSchema, type ScenarioInput } from '@/lib/tcp/scenario/schema'

export interface FieldIssue {
  /** Dotted path from the scenario root; '' for the scenario itself. */
  readonly path: string
  readonly message: string
}

export type DraftCheck = { ok: true; scenario: ScenarioInput } | { ok: false; issues: FieldIssue[] }

/** Turns zod's issues into path-keyed messages. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
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
