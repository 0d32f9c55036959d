'use client'
/**
 * Validation problems listed with their field path. Each links to its field; a problem about a
 * whole group (an action that needs `at` or `on`) has no input, so its link goes to the group's
 * message instead.
 */
import { type MouseEvent } from 'react'
import { type FieldIssue } from '@/lib/playground/validate'
import { fieldId } from './form-context'
import styles from './playground.module.css'

function goTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id) ?? document.getElementById(`${id}-issue`)
  if (!target) return
  event.preventDefault()
  target.scrollIntoView({ block: 'center' })
  if (target.matches('input, select, textarea')) target.focus()
}

export function ProblemList({
  title,
  issues,
  rootLabel = '(scenario)',
}: {
  title: string
  issues: readonly FieldIssue[]
  rootLabel?: string
}) {
  return (
    <div className={styles.problems}>
      <p>{title}</p>
      <ul>
        {issues.map((i, k) => {
          const id = fieldId(i.path ? i.path.split('.') : [])
          return (
            <li key={k}>
              <a href={`#${id}`} onClick={(e) => goTo(e, id)}>
                <code>{i.path || rootLabel}</code>
              </a>
              : {i.message}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
