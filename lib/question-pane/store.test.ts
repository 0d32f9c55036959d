import { describe, expect, it } from 'vitest'
import { createPaneStore, type PanePlacement, type Positioned } from './store'

/** A stand-in for a placement's section element at `position` in the document. */
const at = (position: number): Positioned & { position: number } => ({
  position,
  // DOCUMENT_POSITION_FOLLOWING (4) when the other element comes later, PRECEDING (2) otherwise.
  compareDocumentPosition(other) {
    return (other as unknown as { position: number }).position > position ? 4 : 2
  },
})

const placement = (id: string): PanePlacement => ({
  id,
  heading: `heading ${id}`,
  player: { scenarioId: 'three-way-handshake', locale: 'en' },
})

describe('the question page’s pane store', () => {
  it('keeps placements in document order, whatever order they register in', () => {
    const store = createPaneStore<Positioned>()
    store.register(placement('c'), at(3))
    store.register(placement('a'), at(1))
    store.register(placement('b'), at(2))
    expect(store.snapshot().placements.map((p) => p.id)).toEqual(['a', 'b', 'c'])
  })

  it('shows the first placement to register until one is chosen, and ignores unknown ids', () => {
    const store = createPaneStore<Positioned>()
    store.register(placement('b'), at(2))
    store.register(placement('a'), at(1))
    expect(store.snapshot().activeId).toBe('b')
    store.choose('a')
    expect(store.snapshot().activeId).toBe('a')
    store.choose('nowhere')
    expect(store.snapshot().activeId).toBe('a')
  })

  it('tells subscribers of each change and falls back to the first placement when the shown one leaves', () => {
    const store = createPaneStore<Positioned>()
    let calls = 0
    store.subscribe(() => calls++)
    store.register(placement('a'), at(1))
    const removeB = store.register(placement('b'), at(2))
    store.choose('b')
    removeB()
    expect(store.snapshot()).toEqual({ placements: [placement('a')], activeId: 'a' })
    expect(store.sectionOf('b')).toBeUndefined()
    expect(calls).toBe(4)
  })

  it('gives a fresh snapshot on change and the same one otherwise, as useSyncExternalStore needs', () => {
    const store = createPaneStore<Positioned>()
    store.register(placement('a'), at(1))
    const before = store.snapshot()
    store.choose('a')
    expect(store.snapshot()).toBe(before)
    store.register(placement('b'), at(2))
    expect(store.snapshot()).not.toBe(before)
  })
})
