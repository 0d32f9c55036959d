/** Validation problems listed with their field path, each linking to the field when it has one. */
import { type FieldIssue } from '@/lib/playground/validate'
import { fieldId } from './form-context'
import styles from './playground.module.css'

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
        {issues.map((i, k) => (
          <li key={k}>
            <a href={`#${fieldId(i.path ? i.path.split('.') : [])}`}>
              <code>{i.path || rootLabel}</code>
            </a>
            : {i.message}
          </li>
        ))}
      </ul>
    </div>
  )
}
