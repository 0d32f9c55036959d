'use client'
/**
 * Move up, move down and remove for one item of a list (a fault, an expectation, a link). After a
 * move, focus follows the item to its new place, so a keyboard user can keep pressing the same
 * button; after a removal it goes to the next item's Remove (or the previous one's, or the list's
 * Add button), never back to the top of the page.
 */
import { format } from '@/lib/i18n/define'
import { moveAt, removeAt, type Path } from '@/lib/playground/draft'
import { Button } from '@/components/ui/Button'
import { fieldId, useForm } from './form-context'
import styles from './playground.module.css'

interface Labels {
  /** Each with `{n}`, the item's 1-based position, so every button's name is unique on the page. */
  up: string
  down: string
  remove: string
}

export function ItemControls({
  path,
  count,
  labels,
  addButtonId,
}: {
  path: Path
  count: number
  labels: Labels
  /** The list's Add button, where focus goes when the last item is removed. */
  addButtonId: string
}) {
  const { edit } = useForm()
  const index = path[path.length - 1] as number
  const n = index + 1
  const buttonId = (i: number, dir: 'up' | 'down' | 'remove') =>
    `${fieldId([...path.slice(0, -1), i])}-${dir}`
  const move = (by: -1 | 1) => {
    const to = index + by
    edit((d) => moveAt(d, path, by))
    // The moved item is now at `to`; its button in the same direction may be gone at an end.
    const same = by === -1 ? 'up' : 'down'
    const atEnd = to === 0 || to === count - 1
    const at = atEnd ? (same === 'up' ? 'down' : 'up') : same
    requestAnimationFrame(() => document.getElementById(buttonId(to, at))?.focus())
  }
  const remove = () => {
    edit((d) => removeAt(d, path))
    const next =
      index < count - 1 ? buttonId(index, 'remove') : index > 0 ? buttonId(index - 1, 'remove') : addButtonId
    requestAnimationFrame(() => document.getElementById(next)?.focus())
  }
  return (
    <div className={styles.row}>
      {index > 0 ? (
        <Button id={buttonId(index, 'up')} variant="secondary" onClick={() => move(-1)}>
          {format(labels.up, { n })}
        </Button>
      ) : null}
      {index < count - 1 ? (
        <Button id={buttonId(index, 'down')} variant="secondary" onClick={() => move(1)}>
          {format(labels.down, { n })}
        </Button>
      ) : null}
      <Button id={buttonId(index, 'remove')} variant="secondary" onClick={remove}>
        {format(labels.remove, { n })}
      </Button>
    </div>
  )
}
