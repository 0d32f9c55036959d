'use client'
// The session's keys: Space/Enter reveal a recall card, 1–4 grade it (1 and 3 only in two-button
// mode), u undoes the last grade. Keys typed into a form field are the field's.
import { useEffect, useRef } from 'react'
import { type Grade, Rating } from '@/lib/practice/scheduler'

export type KeyCommand = { kind: 'undo' } | { kind: 'reveal' } | { kind: 'grade'; rating: Grade }

/** What a key asks of the session showing `card`, or null when the key is not one of ours. */
export function keyCommand(
  key: string,
  card: { recall: boolean; revealed: boolean; twoButton: boolean } | null,
): KeyCommand | null {
  if (key === 'u') return { kind: 'undo' }
  if (!card?.recall) return null
  if (!card.revealed && (key === ' ' || key === 'Enter')) return { kind: 'reveal' }
  if (!card.revealed || !['1', '2', '3', '4'].includes(key)) return null
  const rating = Number(key) as Grade
  if (card.twoButton && rating !== Rating.Again && rating !== Rating.Good) return null
  return { kind: 'grade', rating }
}

/**
 * Calls `run` for each command typed on the page. One listener for the page's lifetime; it reads
 * the latest card and handler through a ref, so it never acts on a stale render.
 */
export function useReviewKeys(card: Parameters<typeof keyCommand>[1], run: (command: KeyCommand) => void) {
  const latest = useRef({ card, run })
  useEffect(() => {
    latest.current = { card, run }
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || !(e.target instanceof Element)) return
      if (e.target.closest('input, textarea, select, [contenteditable="true"]')) return
      const command = keyCommand(e.key, latest.current.card)
      if (!command) return
      e.preventDefault()
      latest.current.run(command)
    }
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])
}
