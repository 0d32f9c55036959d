/**
 * RFC vs Linux: a toggle that runs the scenario under both profiles and shows the two ladders side
 * by side (stacked on narrow screens) with a one-line summary of what differs. Both runs and the
 * summary come from lib/sim-view/compare; nothing here knows TCP.
 */
import { useId, useMemo, useState } from 'react'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { simMessages } from '@/lib/i18n/messages/sim'
import { simExtrasMessages } from '@/lib/i18n/messages/sim-extras'
import { compareProfiles, type Profile } from '@/lib/sim-view/compare'
import { formatTime } from '@/lib/sim-view/format'
import { buildViewModel } from '@/lib/sim-view/model'
import { type ScenarioInput } from '@/lib/tcp'
import { StaticLadder } from '../StaticLadder'
import styles from './compare.module.css'

function Comparison({
  scenario,
  locale,
  idPrefix,
}: {
  scenario: ScenarioInput
  locale: Locale
  idPrefix: string
}) {
  const m = simExtrasMessages[locale]
  const runs = useMemo(() => compareProfiles(scenario), [scenario])
  const models = useMemo(
    () => ({ rfc: buildViewModel(runs.rfc.trace), linux: buildViewModel(runs.linux.trace) }),
    [runs],
  )
  const tw = (ms: number | undefined) => (ms === undefined ? m.compareNone : formatTime(ms))
  const close = (n: number | undefined) => (n === undefined ? m.compareNone : String(n))
  const profiles: [Profile, string][] = [
    ['rfc', m.compareRfc],
    ['linux', m.compareLinux],
  ]
  return (
    <>
      <p className={styles.summary}>
        {format(m.compareSummary, {
          rfcClose: close(runs.rfc.facts.closeSegments),
          linuxClose: close(runs.linux.facts.closeSegments),
          rfcTw: tw(runs.rfc.facts.timeWaitMs),
          linuxTw: tw(runs.linux.facts.timeWaitMs),
        })}
      </p>
      <div className={styles.pair}>
        {profiles.map(([p, title]) => (
          <section key={p} aria-labelledby={`${idPrefix}-${p}`} className={styles.side}>
            <h4 id={`${idPrefix}-${p}`}>{title}</h4>
            <StaticLadder
              model={models[p]}
              messages={simMessages[locale]}
              locale={locale}
              idPrefix={`${idPrefix}-${p}`}
            />
          </section>
        ))}
      </div>
    </>
  )
}

export function ProfileCompare({ scenario, locale }: { scenario: ScenarioInput; locale: Locale }) {
  const m = simExtrasMessages[locale]
  const id = useId().replace(/:/g, '')
  const [on, setOn] = useState(false)
  return (
    <div className={styles.compare}>
      <label>
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} /> {m.compareToggle}
      </label>
      {on ? <Comparison scenario={scenario} locale={locale} idPrefix={`cmp-${id}`} /> : null}
    </div>
  )
}
