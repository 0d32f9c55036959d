/**
 * The first paint of a simulation, rendered on the server with no client JavaScript: the ladder
 * (up to the opening step) and its transcript, from the same view model the player uses.
 */
import { type Locale } from '@/lib/i18n/locales'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { layoutLadder } from '@/lib/sim-view/ladder-layout'
import { type ViewModel } from '@/lib/sim-view/model'
import { transcript } from '@/lib/sim-view/transcript'
import { LadderSvg } from './LadderSvg'
import styles from './sim.module.css'

export function StaticLadder({
  model,
  t,
  messages: m,
  locale,
  idPrefix,
}: {
  model: ViewModel
  t?: number
  messages: SimMessages
  /** The engine's own explanations in the transcript follow it (lib/sim-view/engine-text.ts). */
  locale: Locale
  idPrefix: string
}) {
  const layout = layoutLadder(model, 560)
  const lines = transcript(model.trace, model.records, model.rel, model.analysis, m, locale).filter(
    (l) => t === undefined || l.at <= t,
  )
  return (
    <div className={styles.static}>
      <p className={styles.staticNote}>{m.staticNote}</p>
      {/* The box scrolls on small screens, so it must be reachable and named for keyboard users. */}
      <div className={styles.staticLadder} tabIndex={0} role="region" aria-label={m.ladder}>
        <LadderSvg layout={layout} messages={m} t={t} idPrefix={`${idPrefix}-static`} />
      </div>
      <details className={styles.transcript}>
        <summary>{m.transcript}</summary>
        <ol>
          {lines.map((l, i) => (
            <li key={i}>{l.text}</li>
          ))}
        </ol>
      </details>
    </div>
  )
}
