'use client'
/**
 * The side pane of a question page on wide screens: a sticky column beside the text that runs one
 * of the page's simulations (issue #16). It follows the reader: the placement whose stand-in
 * crosses the upper middle of the viewport becomes the one shown, and a chooser lists them all.
 * Hidden by CSS below the wide breakpoint, where each placement plays in the text instead; the
 * player's code loads once the browser is idle after the first paint, never on its path.
 */
import { useEffect, useState, useSyncExternalStore } from 'react'
import { LazyPlayer } from '@/components/sim/LazyPlayer'
import simStyles from '@/components/sim/sim.module.css'
import { PANE_HEADING_ID, paneStore } from '@/lib/question-pane/store'
import styles from './SimulationPane.module.css'

export interface PaneLabels {
  heading: string
  chooser: string
  task: string
  loading: string
}

// The band of the viewport a placement must cross to become the pane's: a reader's eyes sit
// above the middle, and a thin band means one placement at a time.
const READING_BAND = '-35% 0px -55% 0px'

export function SimulationPane({ labels }: { labels: PaneLabels }) {
  const { placements, activeId } = useSyncExternalStore(
    paneStore.subscribe,
    paneStore.snapshot,
    paneStore.serverSnapshot,
  )
  const active = placements.find((p) => p.id === activeId)
  const awake = useIdleAfterLoad()

  useEffect(() => {
    const observer = new IntersectionObserver(
      (entries) => {
        const reached = entries.find((e) => e.isIntersecting)
        const id = reached
          ? placements.find((p) => paneStore.sectionOf(p.id) === reached.target)?.id
          : undefined
        if (id) paneStore.choose(id)
      },
      { rootMargin: READING_BAND },
    )
    for (const p of placements) {
      const section = paneStore.sectionOf(p.id)
      if (section) observer.observe(section)
    }
    return () => observer.disconnect()
  }, [placements])

  return (
    <aside
      className={`${simStyles.frame} ${styles.pane}`}
      aria-labelledby={PANE_HEADING_ID}
      data-simulation-pane=""
    >
      <div className={styles.bar}>
        <h2 id={PANE_HEADING_ID} tabIndex={-1} className={styles.heading}>
          {labels.heading}
        </h2>
        {placements.length > 1 ? (
          <label className={styles.chooser}>
            <span className="visually-hidden">{labels.chooser}</span>
            <select value={activeId} onChange={(e) => paneStore.choose(e.target.value)}>
              {placements.map((p, i) => (
                <option key={p.id} value={p.id}>
                  {i + 1}. {p.heading}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {active ? (
        <>
          {placements.length > 1 ? null : <p className={styles.title}>{active.heading}</p>}
          {active.task ? (
            <p className={simStyles.task}>
              <strong>{labels.task}: </strong>
              {active.task}
            </p>
          ) : null}
          {awake ? (
            <LazyPlayer key={active.id} {...active.player}>
              <p className={styles.loading}>{labels.loading}</p>
            </LazyPlayer>
          ) : (
            <p className={styles.loading}>{labels.loading}</p>
          )}
        </>
      ) : (
        <p className={styles.loading}>{labels.loading}</p>
      )}
    </aside>
  )
}

/** True once the page has loaded and the browser has had an idle moment after it. */
function useIdleAfterLoad(): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    let handle: number | undefined
    const wake = () => {
      handle =
        typeof window.requestIdleCallback === 'function'
          ? window.requestIdleCallback(() => setIdle(true), { timeout: 3000 })
          : window.setTimeout(() => setIdle(true), 200)
    }
    if (document.readyState === 'complete') wake()
    else window.addEventListener('load', wake, { once: true })
    return () => {
      window.removeEventListener('load', wake)
      if (handle === undefined) return
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(handle)
      else window.clearTimeout(handle)
    }
  }, [])
  return idle
}
