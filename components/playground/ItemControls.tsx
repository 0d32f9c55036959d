'use client'
/**
 * Move up, move down and remove for one item of a list (a fault, an expectation, a link). After a
 * move, focus follows the item to its new place, so a keyboard user can keep pressing the same button.
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

export function ItemControls({ path, count, labels }: { path: Path; count: number; labels: Labels }) {
  const { edit } = useForm()
  const index = path[path.length - 1] as number
  const n = index + 1
  const buttonId = (i: number, dir: 'up' | 'down') => `${fieldId([...path.slice(0, -1), i])}-${dir}`
  const move = (by: -1 | 1) => {
    const to = index + by
    edit((d) => moveAt(d, path, by))
    // The moved item is now at `to`; its button in the same direction may be gone at an end.
    const same = by === -1 ? 'up' : 'down'
    const atEnd = to === 0 || to === count - 1
    const at = atEnd ? (same === 'up' ? 'down' : 'up') : same
    requestAnimationFrame(() => document.getElementById(buttonId(to, at))?.focus())
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
      <Button variant="secondary" onClick={() => edit((d) => removeAt(d, path))}>
        {format(labels.remove, { n })}
      </Button>
    </div>
  )
}
