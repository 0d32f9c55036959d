/**
 * Which simulations a question page places and which one its side pane shows. Each placement's
 * in-text handle registers here when it mounts; the pane (a sibling of the text, not a parent, so
 * the MDX needs no provider around it) reads the list and the active one. A plain store with
 * `useSyncExternalStore` keeps this out of React context and costs a few hundred bytes.
 */
import { type Locale } from '@/lib/i18n/locales'
import { type SimOverrides } from '@/lib/sim-view/overrides'
import { type Prediction } from '@/lib/sim-view/prediction'

/** What the pane needs to run a placement: the same props its in-text player would get. */
export interface PanePlacement {
  /** The placement's heading id (components/sim/placement.ts), unique on the page. */
  id: string
  heading: string
  task?: string
  player: {
    scenarioId: string
    overrides?: SimOverrides
    locale: Locale
    step?: number
    predict?: Prediction
  }
}

export interface PaneState {
  /** In document order. */
  placements: readonly PanePlacement[]
  activeId: string | undefined
}

const EMPTY: PaneState = { placements: [], activeId: undefined }

// Node.DOCUMENT_POSITION_FOLLOWING, spelt out so the store also runs (and is tested) outside a browser.
const FOLLOWING = 4

/** The part of a DOM element the store needs: where it sits relative to another. */
export type Positioned = Pick<Element, 'compareDocumentPosition'>

export function createPaneStore<Section extends Positioned>() {
  let state = EMPTY
  const sections = new Map<string, Section>()
  const listeners = new Set<() => void>()
  const set = (next: PaneState) => {
    state = next
    listeners.forEach((l) => l())
  }
  const inDocumentOrder = (a: PanePlacement, b: PanePlacement) => {
    const x = sections.get(a.id)
    const y = sections.get(b.id)
    if (!x || !y) return 0
    return x.compareDocumentPosition(y as unknown as Node) & FOLLOWING ? -1 : 1
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    snapshot: () => state,
    serverSnapshot: () => EMPTY,
    /** The element each placement sits in, so the pane can follow the reader to it. */
    sectionOf: (id: string) => sections.get(id),

    /** Adds a placement (the first one becomes active); returns its removal. */
    register(placement: PanePlacement, section: Section): () => void {
      sections.set(placement.id, section)
      const placements = [...state.placements.filter((p) => p.id !== placement.id), placement].sort(
        inDocumentOrder,
      )
      set({ placements, activeId: state.activeId ?? placements[0].id })
      return () => {
        sections.delete(placement.id)
        const rest = state.placements.filter((p) => p.id !== placement.id)
        const activeId = state.activeId === placement.id ? rest[0]?.id : state.activeId
        set({ placements: rest, activeId })
      }
    },

    choose(id: string) {
      if (id !== state.activeId && state.placements.some((p) => p.id === id)) set({ ...state, activeId: id })
    },
  }
}

/** The page's one pane. */
export const paneStore = createPaneStore<Element>()

/** The pane's heading: a handle moves keyboard focus there when it opens a placement. */
export const PANE_HEADING_ID = 'simulation-pane-heading'
