'use client'

import { type FormEvent, useId, useState } from 'react'
import { Button } from '@/components/ui/Button'
import { type ChoiceItem } from '@/lib/content/schema'
import styles from './Quiz.module.css'

export interface QuizLabels {
  check: string
  tryAgain: string
  chooseFirst: string
  correct: string
  incorrect: string
  correctAnswer: string
  yourAnswer: string
}

/**
 * One multiple-choice item as a native radio group (arrow keys, labels and form semantics for
 * free). Checking reveals right/wrong for every option with its explanation, because the
 * explanation of a wrong option is often the lesson.
 */
export function QuizQuestion({
  item,
  heading,
  labels,
  onAnswer,
}: {
  item: ChoiceItem
  heading?: string
  labels: QuizLabels
  /** Called once per check with the chosen id and whether it was right (quiz sessions record it). */
  onAnswer?: (answer: { choiceId: string; correct: boolean }) => void
}) {
  const id = useId()
  const [selected, setSelected] = useState<string | null>(null)
  const [checked, setChecked] = useState(false)
  const [nudge, setNudge] = useState(false)
  const correctId = item.choices.find((c) => c.correct)?.id

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (checked) {
      setChecked(false)
      setSelected(null)
      return
    }
    if (!selected) {
      setNudge(true)
      return
    }
    setNudge(false)
    setChecked(true)
    onAnswer?.({ choiceId: selected, correct: selected === correctId })
  }

  const status = checked
    ? selected === correctId
      ? labels.correct
      : labels.incorrect
    : nudge
      ? labels.chooseFirst
      : ''

  return (
    <form className={styles.item} onSubmit={onSubmit} aria-labelledby={`${id}-prompt`}>
      <fieldset className={styles.fieldset}>
        <legend id={`${id}-prompt`} className={styles.prompt}>
          {heading ? <span className={styles.heading}>{heading}</span> : null}
          {item.prompt}
        </legend>
        <ul className={styles.choices}>
          {item.choices.map((choice) => {
            const isSelected = selected === choice.id
            const state = !checked
              ? ''
              : choice.correct
                ? styles.right
                : isSelected
                  ? styles.wrong
                  : styles.other
            return (
              <li key={choice.id} className={`${styles.choice} ${state}`}>
                <label className={styles.label}>
                  <input
                    type="radio"
                    name={`${id}-choice`}
                    value={choice.id}
                    checked={isSelected}
                    disabled={checked}
                    onChange={() => setSelected(choice.id)}
                    aria-describedby={checked ? `${id}-${choice.id}-why` : undefined}
                  />
                  <span>{choice.text}</span>
                </label>
                {checked ? (
                  <div id={`${id}-${choice.id}-why`} className={styles.explanation}>
                    {choice.correct || isSelected ? (
                      <p className={styles.verdict}>
                        {choice.correct ? `✓ ${labels.correctAnswer}` : `✗ ${labels.yourAnswer}`}
                      </p>
                    ) : null}
                    <p>{choice.explanation}</p>
                  </div>
                ) : null}
              </li>
            )
          })}
        </ul>
      </fieldset>
      <div className={styles.footer}>
        <Button type="submit" variant={checked ? 'secondary' : 'primary'}>
          {checked ? labels.tryAgain : labels.check}
        </Button>
        <p role="status" aria-live="polite" className={styles.status}>
          {status}
        </p>
      </div>
    </form>
  )
}
