'use client'
/**
 * Where a scenario starts: a library scenario, with the knobs its entry declares (backlog, SYN
 * cookies, MSL…) turned before loading, or two bare hosts.
 */
import { useState } from 'react'
import { type Locale } from '@/lib/i18n/locales'
import { blankScenario, type Draft } from '@/lib/playground/draft'
import { listStarters, starterScenario } from '@/lib/playground/starters'
import { type KnobValue } from '@/lib/scenarios'
import { KnobPanel } from '@/components/sim/KnobPanel'
import { Button } from '@/components/ui/Button'
import { useForm } from './form-context'
import styles from './playground.module.css'

export function StarterPicker({ locale }: { locale: Locale }) {
  const { edit, m } = useForm()
  const starters = listStarters()
  const [picked, setPicked] = useState(starters[0]?.id ?? '')
  const [values, setValues] = useState<Record<string, KnobValue>>({})
  const starter = starters.find((s) => s.id === picked)
  const load = (scenario: unknown) => edit(() => structuredClone(scenario) as Draft)
  return (
    <section className={styles.section} aria-labelledby="pg-start">
      <h2 id="pg-start">{m.startFrom}</h2>
      <div className={styles.row}>
        <div className={`${styles.field} ${styles.grow}`}>
          <label htmlFor="pg-starter">{m.starterLabel}</label>
          <select
            id="pg-starter"
            value={picked}
            aria-describedby="pg-starter-summary"
            onChange={(e) => {
              setPicked(e.target.value)
              // Knobs belong to one entry: another entry starts from its own values.
              setValues({})
            }}
          >
            {starters.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[locale]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id="pg-starter-summary" className={styles.hint}>
        {starter?.summary[locale]}
      </p>
      {starter && starter.knobs.length > 0 ? (
        <>
          <p className={styles.hint}>{m.starterKnobsHint}</p>
          <KnobPanel knobs={starter.knobs} values={values} onChange={setValues} locale={locale} />
        </>
      ) : null}
      <div className={styles.row}>
        <Button variant="secondary" onClick={() => starter && load(starterScenario(starter, values))}>
          {m.loadStarter}
        </Button>
        <Button variant="secondary" onClick={() => load(blankScenario())}>
          {m.startBlank}
        </Button>
      </div>
    </section>
  )
}
