'use client'
/**
 * A placement's stand-in for its player where the page shows simulations in a side pane (wide
 * screens with script, see QuestionArticle.module.css; elsewhere it is hidden and the in-text
 * player shows). It registers the placement with the pane and, pressed, makes the pane show it and
 * moves focus there, so a keyboard reader lands on the player it asked for.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react'
import { PANE_HEADING_ID, type PanePlacement, paneStore } from '@/lib/question-pane/store'

interface Props {
  placement: PanePlacement
  /** "Run it beside the text" and "Running beside the text", in the page's language. */
  labels: { show: string; shown: string }
}

export function PaneHandle({ placement, labels }: Props) {
  const button = useRef<HTMLButtonElement>(null)
  const active = useSyncExternalStore(
    paneStore.subscribe,
    () => paneStore.snapshot().activeId === placement.id,
    () => false,
  )
  useEffect(() => {
    const section = button.current?.closest('section') ?? button.current
    return section ? paneStore.register(placement, section) : undefined
  }, [placement])
  return (
    <button
      ref={button}
      type="button"
      data-pane-handle=""
      onClick={() => {
        paneStore.choose(placement.id)
        document.getElementById(PANE_HEADING_ID)?.focus()
      }}
    >
      {active ? labels.shown : labels.show} <span aria-hidden="true">→</span>
    </button>
  )
}
