/**
 * The first paint of a simulation, rendered on the server with no client JavaScript: the ladder
 * (up to the opening step) and its transcript, from the same view model the player uses.
 */
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { type LadderExcerpt, ladderExcerpt } from '@/lib/sim-view/ladder-excerpt'
import { layoutLadder } from '@/lib/sim-view/ladder-layout'
import { type ViewModel } from '@/lib/sim-view/model'
import { transcript, type TranscriptLine } from '@/lib/sim-view/transcript'
import { LadderSvg } from './LadderSvg'
import styles from './sim.module.css'

/**
 * Segments drawn on the server: a representative opening, enough for a handshake, a close and a
 * few retransmissions. Every segment costs ~0.8 KB of markup and about as much again in the page's
 * RSC payload, which React needs to hydrate the page, so a SYN flood's 150-segment excerpt made its
 * page 431 KB (issue #16). The player, which draws only what its scroll box shows, has them all.
 */
const MAX_STATIC_ARROWS = 24

// Question pages are rendered per request, and their models come from lib/server/view-run-cache.ts,
// the same object each time; what is drawn from a model is kept with it (issue #16). Laying out
// and transcribing the SYN-flood run (6 425 events) took 0.4-1.3 s each on a loaded machine.
const excerpts = new WeakMap<ViewModel, LadderExcerpt>()
const transcripts = new WeakMap<ViewModel, Map<SimMessages, TranscriptLine[]>>()

function excerptOf(model: ViewModel): LadderExcerpt {
  let excerpt = excerpts.get(model)
  if (!excerpt) excerpts.set(model, (excerpt = ladderExcerpt(layoutLadder(model, 560), MAX_STATIC_ARROWS)))
  return excerpt
}

function transcriptOf(model: ViewModel, m: SimMessages, locale: Locale): TranscriptLine[] {
  let byMessages = transcripts.get(model)
  if (!byMessages) transcripts.set(model, (byMessages = new Map()))
  let lines = byMessages.get(m)
  if (!lines)
    byMessages.set(m, (lines = transcript(model.trace, model.records, model.rel, model.analysis, m, locale)))
  return lines
}

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
  /** The engine's own explanations in the transcript follow it (lib/i18n/reasons). */
  locale: Locale
  idPrefix: string
}) {
  const excerpt = excerptOf(model)
  const layout = excerpt.layout
  // The transcript stops where the drawing does (before the first segment left out).
  const lines = transcriptOf(model, m, locale).filter(
    (l) => (t === undefined || l.at <= t) && (excerpt.cutAt === undefined || l.at < excerpt.cutAt),
  )
  return (
    <div className={styles.static}>
      <p className={styles.staticNote}>
        {m.staticNote}
        {excerpt.cutAt !== undefined
          ? ` ${format(m.staticExcerpt, { shown: excerpt.shown, total: excerpt.total })}`
          : ''}
      </p>
      {/* The box scrolls on small screens, so it must be reachable and named for keyboard users. A
          group rather than a region: a page with two simulations would otherwise hold two
          landmarks of one name. */}
      <div className={styles.staticLadder} tabIndex={0} role="group" aria-label={m.ladder}>
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
