'use client'

import { type FormEvent, useId, useRef, useState } from 'react'
import { Button } from '@/components/ui/Button'
import { type OrderingItem } from '@/lib/content/schema'
import { format } from '@/lib/i18n/define'
import { initialOrder, isRightOrder, moveStep, placedRight } from '@/lib/practice/answers'
import styles from './Quiz.module.css'

export interface OrderingLabels {
  check: string
  tryAgain: string
  correct: string
  incorrect: string
  orderHint: string
  moveUp: string
  moveDown: string
  placedRight: string
  rightOrder: string
}

/**
 * Put segments or states in order. Steps move with a pair of buttons each (reachable by Tab,
 * pressed with Enter or Space): no drag and drop, which keyboard and screen-reader users cannot
 * do. Focus follows the moved step so repeated presses keep moving it.
 */
export function OrderingQuestion({
  item,
  heading,
  labels,
  onAnswer,
}: {
  item: OrderingItem
  heading?: string
  labels: OrderingLabels
  onAnswer?: (answer: { order: string[]; correct: boolean }) => void
}) {
  const id = useId()
  const [order, setOrder] = useState(() => initialOrder(item))
  const [checked, setChecked] = useState(false)
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  const text = (stepId: string) => item.steps.find((s) => s.id === stepId)?.text ?? stepId

  function move(index: number, by: -1 | 1) {
    const stepId = order[index]
    setOrder(moveStep(order, index, by))
    // Keep focus on the moved step; at the list's end that button is disabled, so take its pair.
    requestAnimationFrame(() => {
      const same = buttons.current.get(`${stepId}:${by}`)
      const other = buttons.current.get(`${stepId}:${-by}`)
      ;(same && !same.disabled ? same : other)?.focus()
    })
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (checked) {
      setChecked(false)
      setOrder(initialOrder(item))
      return
    }
    setChecked(true)
    onAnswer?.({ order, correct: isRightOrder(item, order) })
  }

  const right = isRightOrder(item, order)
  return (
    <form className={styles.item} onSubmit={onSubmit} aria-labelledby={`${id}-prompt`}>
      <fieldset className={styles.fieldset} aria-describedby={`${id}-hint`}>
        <legend id={`${id}-prompt`} className={styles.prompt}>
          {heading ? <span className={styles.heading}>{heading}</span> : null}
          {item.prompt}
        </legend>
        <p id={`${id}-hint`} className={styles.hint}>
          {labels.orderHint}
        </p>
        <ol className={styles.choices}>
          {order.map((stepId, i) => {
            const state = !checked ? '' : item.steps[i].id === stepId ? styles.right : styles.wrong
            return (
              <li key={stepId} className={`${styles.choice} ${styles.step} ${state}`}>
                <span className={styles.stepText}>{text(stepId)}</span>
                {checked ? null : (
                  <span className={styles.stepMoves}>
                    {([-1, 1] as const).map((by) => (
                      <Button
                        key={by}
                        variant="secondary"
                        className={styles.move}
                        disabled={i + by < 0 || i + by >= order.length}
                        aria-label={format(by < 0 ? labels.moveUp : labels.moveDown, { step: text(stepId) })}
                        ref={(el) => {
                          if (el) buttons.current.set(`${stepId}:${by}`, el)
                          else buttons.current.delete(`${stepId}:${by}`)
                        }}
                        onClick={() => move(i, by)}
                      >
                        {by < 0 ? '↑' : '↓'}
                      </Button>
                    ))}
                  </span>
                )}
              </li>
            )
          })}
        </ol>
      </fieldset>
      {checked ? (
        <div className={styles.explanation}>
          {right ? null : (
            <>
              <p className={styles.verdict}>
                {format(labels.placedRight, { n: placedRight(item, order), total: item.steps.length })}
              </p>
              <p className={styles.verdict}>{labels.rightOrder}</p>
              <ol>
                {item.steps.map((s) => (
                  <li key={s.id}>{s.text}</li>
                ))}
              </ol>
            </>
          )}
          <p>{item.explanation}</p>
        </div>
      ) : null}
      <div className={styles.footer}>
        <Button type="submit" variant={checked ? 'secondary' : 'primary'}>
          {checked ? labels.tryAgain : labels.check}
        </Button>
        <p role="status" aria-live="polite" className={styles.status}>
          {checked ? (right ? labels.correct : labels.incorrect) : ''}
        </p>
      </div>
    </form>
  )
}
