import { type ContentProblem, formatProblem } from '@/lib/content'
import styles from './author.module.css'

/** A question's content-check problems, one `file:line: field: message` per line, as the CLI prints them. */
export function ContentProblems({ problems }: { problems: readonly ContentProblem[] }) {
  return (
    <ul className={styles.problems}>
      {problems.map((p) => (
        <li key={formatProblem(p)}>
          <code>
            {p.file}:{p.line}
          </code>{' '}
          <strong>{p.field}</strong>: {p.message}
        </li>
      ))}
    </ul>
  )
}
