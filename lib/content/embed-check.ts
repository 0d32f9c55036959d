/**
 * The content check's view of simulations: every `<Simulation …/>` in a body must name a scenario
 * that exists, run with its overrides, start at a step the run has and ask a prediction the run
 * can answer; the frontmatter's `simulation.scenario` must exist and be embedded; and every
 * translation must embed the same simulations (only the task text may differ).
 *
 * Loaded only by the content check (it runs the engine), never by the pages' content loader.
 */
import { checkEmbed } from '@/lib/sim-view/embed'
import { getScenario } from '@/lib/scenarios'
import { findEmbeds } from './embeds'
import { type ContentProblem } from './frontmatter'
import { type ParsedQuestionFile } from './parse'

/** What a translation must agree on, per embed, in order. */
const SHARED_PROPS = ['scenario', 'step', 'overrides', 'predict'] as const

export interface SimulationEmbeds {
  readonly problems: ContentProblem[]
  /** The shared props of each embed, to compare translations. */
  readonly shared: { readonly line: number; readonly key: string }[]
}

export async function checkSimulations(file: ParsedQuestionFile): Promise<SimulationEmbeds> {
  const problems: ContentProblem[] = []
  // A body that does not parse has no embeds to check; checkMdxBody reports its syntax error.
  const embeds = await findEmbeds(file.body, file.bodyLine, 'Simulation').catch(() => undefined)
  if (!embeds) return { problems: [], shared: [] }
  const shared: SimulationEmbeds['shared'] = []
  const predictionIds = new Set<string>()
  // A placement's heading is its title, else its scenario's: two equal headings on one page leave
  // the learner (and a screen reader's landmark list) unable to tell the simulations apart.
  const headings = new Map<string, number>()
  for (const embed of embeds) {
    for (const u of embed.unreadable)
      problems.push({
        file: file.file,
        line: u.line,
        field: `<Simulation>.${u.prop}`,
        message: 'write this prop as plain data (a string, number, object or array), not code',
      })
    const checked = embed.unreadable.length ? undefined : checkEmbed(embed.props)
    // Only placements that work are compared: a broken one is reported for what breaks it.
    const heading = typeof embed.props.title === 'string' ? embed.props.title : `scenario "${embed.props.scenario}"`
    const first = checked?.ok ? headings.get(heading) : undefined
    if (first !== undefined)
      problems.push({
        file: file.file,
        line: embed.line,
        field: '<Simulation>.title',
        message: `this placement's heading repeats the one at line ${first} (${heading}): give each a title="…" that says what it shows`,
      })
    else if (checked?.ok) headings.set(heading, embed.line)
    if (checked && !checked.ok)
      for (const p of checked.problems)
        problems.push({ file: file.file, line: embed.line, field: `<Simulation>.${p.prop}`, message: p.message })
    // Each prediction is a review card keyed by its id (lib/practice/card-id.ts): without one,
    // or with one used twice, a learner's progress would have nothing stable to attach to.
    const predictionId = checked?.ok ? checked.predict?.id : undefined
    if (checked?.ok && checked.predict && !predictionId)
      problems.push({
        file: file.file,
        line: embed.line,
        field: '<Simulation>.predict.id',
        message: "every prediction needs an id (kebab-case, unique in the question): predict={{ id: 'client-state-after-fin', … }}",
      })
    else if (predictionId && predictionIds.has(predictionId))
      problems.push({
        file: file.file,
        line: embed.line,
        field: '<Simulation>.predict.id',
        message: `prediction id "${predictionId}" is used twice in this question`,
      })
    if (predictionId) predictionIds.add(predictionId)
    // Parsed props where they parse, so step="3" and step={3} agree across translations.
    const props: Record<string, unknown> = checked?.ok ? checked.props : embed.props
    shared.push({ line: embed.line, key: JSON.stringify(SHARED_PROPS.map((k) => canonical(props[k]))) })
  }

  const declared = file.frontmatter.simulation?.scenario
  if (declared !== undefined) {
    const line = file.lineOf(['simulation', 'scenario'])
    const field = 'simulation.scenario'
    if (!getScenario(declared)) problems.push({ file: file.file, line, field, message: `unknown scenario "${declared}"` })
    else if (!embeds.some((e) => e.props.scenario === declared))
      problems.push({ file: file.file, line, field, message: `"${declared}" is not embedded: add <Simulation scenario="${declared}" /> to the body` })
  }

  return { problems, shared }
}

/** Problems where `other` embeds different simulations from `reference` (same order, same props). */
export function simulationsAgree(
  reference: { file: string; embeds: SimulationEmbeds },
  other: { file: string; bodyLine: number; embeds: SimulationEmbeds },
): ContentProblem[] {
  const a = reference.embeds.shared
  const b = other.embeds.shared
  if (a.length !== b.length)
    return [
      {
        file: other.file,
        line: b[0]?.line ?? other.bodyLine,
        field: '<Simulation>',
        message: `${b.length} simulation(s) embedded, but ${reference.file} has ${a.length}`,
      },
    ]
  return b.flatMap((embed, i) =>
    embed.key === a[i].key
      ? []
      : [
          {
            file: other.file,
            line: embed.line,
            field: '<Simulation>',
            message: `scenario, step, overrides and predict must match ${reference.file}:${a[i].line}`,
          },
        ],
  )
}

/** JSON with sorted keys, so `{a, b}` and `{b, a}` agree. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical)
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    )
  return v
}
