/**
 * One `<Simulation>` placement on a page, as the server knows it before rendering: its props
 * parsed the way the page parses them, and the id its heading carries. The question page uses the
 * id to link its "Simulate" entry to the first placement; Simulation.tsx uses it on the heading.
 */
import { z } from 'zod'
import { simulationProps } from '@/lib/sim-view/embed'
import { mixString } from '@/lib/tcp'

// MDX props are written by hand, so they are parsed like any other input. The content check holds
// them to the strict schema (lib/sim-view/embed.ts); a page ignores an unknown prop rather than break.
export const placementProps = z.object(simulationProps.shape)

export type PlacementProps = z.infer<typeof placementProps>

/**
 * A question may place one scenario twice (with other overrides, or another prediction), so the
 * id carries a hash of what tells the two apart.
 */
export function placementId({ scenario, step, overrides, predict }: PlacementProps): string {
  const variant = mixString(0, JSON.stringify([step, overrides, predict])).toString(36)
  return `sim-${scenario}-${variant}`
}
