import 'server-only'
import { placementId, placementProps } from '@/components/sim/placement'
import { type LoadedQuestion } from '@/lib/content'
import { findEmbeds } from '@/lib/content/embeds'

/**
 * The heading ids of a question's `<Simulation>` placements, in order, read from its MDX without
 * rendering it: the page needs them before the body renders, for its "Simulate" link and to decide
 * whether it has a side pane. A placement whose props do not parse is left out (the page shows
 * its error in place).
 */
export async function simulationAnchors(question: LoadedQuestion): Promise<string[]> {
  const embeds = await findEmbeds(question.source, question.bodyLine, 'Simulation')
  return embeds.flatMap((embed) => {
    const parsed = placementProps.safeParse(embed.props)
    return parsed.success ? [placementId(parsed.data)] : []
  })
}
