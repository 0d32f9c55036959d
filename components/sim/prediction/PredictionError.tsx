/**
 * Shown instead of a prompt whose `predict` prop is malformed or cannot be asked of this run.
 * A server component in its own file: the question page renders it without JavaScript, and it
 * must not import the client PredictionPrompt, which would pull the prompt, the reason
 * dictionaries and zod into every question page's first load (issue #16).
 */
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { simPredictMessages } from '@/lib/i18n/messages/sim-predict'
import styles from './prediction.module.css'

export function PredictionError({ message, locale }: { message: string; locale: Locale }) {
  return (
    <p className={styles.invalid} role="alert">
      {format(simPredictMessages[locale].invalid, { message })}
    </p>
  )
}
