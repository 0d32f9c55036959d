/**
 * The player's keyboard shortcuts. Keys keep their native meaning where a control has one: Space
 * still presses a focused button, arrows still move the scrubber, and typing in a field is left
 * alone.
 */
import { type KeyboardEvent } from 'react'
import { type Player } from '@/lib/sim-view/player'

export function handleShortcut(
  e: KeyboardEvent,
  player: Player,
  help: { toggle: () => void; close: () => void },
): void {
  if (e.altKey || e.ctrlKey || e.metaKey) return
  const el = e.target as HTMLElement
  const tag = el.tagName
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || el.isContentEditable) return
  const activatable = tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY'
  switch (e.key) {
    case ' ':
      if (activatable) return
      player.toggle()
      break
    case 'ArrowRight':
      player.stepForward()
      break
    case 'ArrowLeft':
      player.stepBack()
      break
    case 'r':
    case 'R':
      player.restart()
      break
    case '?':
      help.toggle()
      break
    case 'Escape':
      help.close()
      break
    default:
      return
  }
  e.preventDefault()
}
