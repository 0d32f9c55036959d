/**
 * `<Simulation …/>` as an author writes it in question MDX: its props, and every way they can be
 * wrong, checked against the scenario's real run. The content check (lib/content/embed-check.ts)
 * reports these with the file and line; the question page shows the same messages if one slips by.
 */
import { z } from 'zod'
import { simOverrides } from './overrides'
import { stepsOf } from './player'
import { derivePrompt, parsePrediction, type Prediction } from './prediction'
import { runForView } from './run'
import { getScenario, scenarioIds, type LibraryEntry } from '@/lib/scenarios'
import { type ViewModel } from './model'

/** Strict, so a misspelt prop (`secnario`, `steps`) is an error rather than silently ignored. */
export const simulationProps = z.strictObject({
  scenario: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a scenario id in kebab-case'),
  task: z.string().min(1).optional(),
  step: z.coerce.number().int().nonnegative().optional(),
  overrides: simOverrides.optional(),
  title: z.string().optional(),
  // Checked on its own (checkPredictProp), so its message can say what a prediction looks like.
  predict: z.unknown().optional(),
})

export type SimulationProps = z.infer<typeof simulationProps>

/** One thing wrong with an embed: the prop it concerns (`scenario`, `overrides.loss`…) and why. */
export interface EmbedProblem {
  readonly prop: string
  readonly message: string
}

export type CheckedEmbed =
  | {
      readonly ok: true
      readonly props: SimulationProps
      readonly source: LibraryEntry
      readonly model: ViewModel
      readonly predict?: Prediction
    }
  | { readonly ok: false; readonly problems: readonly EmbedProblem[] }

/** Parses the props, finds the scenario, runs it with the overrides and checks step and predict. */
export function checkEmbed(raw: Readonly<Record<string, unknown>>): CheckedEmbed {
  const parsed = simulationProps.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue): EmbedProblem[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((k) => ({ prop: k, message: `unknown prop; expected one of ${PROP_NAMES}` }))
        : [{ prop: issue.path.join('.') || 'scenario', message: issue.message }],
    )
    return { ok: false, problems }
  }
  const props = parsed.data
  const source = getScenario(props.scenario)
  if (!source) return fail('scenario', `unknown scenario "${props.scenario}"${suggest(props.scenario)}`)
  const run = runForView(source.scenario, props.overrides)
  if (!run.ok) return fail('overrides', `the scenario does not run with these overrides: ${run.error}`)

  const problems: EmbedProblem[] = []
  const steps = stepsOf(run.model).length
  if (props.step !== undefined && props.step >= steps)
    problems.push({ prop: 'step', message: `${props.step} is past the run's last step (${steps - 1})` })
  const predict = checkPredictProp(props.predict, run.model)
  if (typeof predict === 'string') problems.push({ prop: 'predict', message: predict })
  if (problems.length || typeof predict === 'string') return { ok: false, problems }
  return { ok: true, props, source, model: run.model, predict }
}

/** The prediction, or why it cannot be asked of this run. */
export function checkPredictProp(value: unknown, model: ViewModel): Prediction | undefined | string {
  if (value === undefined) return undefined
  const parsed = parsePrediction(value)
  if (!parsed.ok) return parsed.error
  const derived = derivePrompt(model.trace, parsed.prediction)
  return derived.ok ? parsed.prediction : derived.error
}

const PROP_NAMES = Object.keys(simulationProps.shape).join(', ')

function fail(prop: string, message: string): CheckedEmbed {
  return { ok: false, problems: [{ prop, message }] }
}

/** "; did you mean …?" with the closest known ids, when any is close. */
function suggest(id: string): string {
  const close = scenarioIds()
    .map((known) => ({ known, d: editDistance(id, known) }))
    .filter((c) => c.d <= Math.max(2, Math.floor(id.length / 3)))
    .sort((a, b) => a.d - b.d || a.known.localeCompare(b.known))
    .slice(0, 3)
    .map((c) => `"${c.known}"`)
  return close.length
    ? `; did you mean ${close.join(' or ')}?`
    : ' (the ids are listed by `npm run sim -- --list`)'
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]
}
