import 'server-only'
import { placementId, placementProps } from '@/components/sim/placement'
import { type LoadedQuestion } from '@/lib/content'
import { findEmbeds } from '@/lib/content/embeds'
import { createSourceMemo } from '@/lib/server/source-memo'

// Parsing the answer's MDX took 350-420 ms per request for the SYN-flood question (80-210 ms for
// TIME-WAIT) on a loaded two-core machine, all before the first byte; the anchors change only
// when the file does.
const anchorsBySource = createSourceMemo<Promise<string[]>>()

/**
 * The heading ids of a question's `<Simulation>` placements, in order, read from its MDX without
 * rendering it: the page needs them before the body renders, for its "Simulate" link and to decide
 * whether it has a side pane. A placement whose props do not parse is left out (the page shows
 * its error in place).
 */
export function simulationAnchors(question: LoadedQuestion): Promise<string[]> {
  return anchorsBySource(question.file, question.source, async () => {
    const embeds = await findEmbeds(question.source, question.bodyLine, 'Simulation')
    return embeds.flatMap((embed) => {
      const parsed = placementProps.safeParse(embed.props)
      return parsed.success ? [placementId(parsed.data)] : []
    })
  })
}
