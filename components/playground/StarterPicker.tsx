'use client'
/** Where a scenario starts: a library scenario, or two bare hosts. */
import { useState } from 'react'
import { type Locale } from '@/lib/i18n/locales'
import { blankScenario, type Draft } from '@/lib/playground/draft'
import { listStarters } from '@/lib/playground/starters'
import { Button } from '@/components/ui/Button'
import { useForm } from './form-context'
import styles from './playground.module.css'

export function StarterPicker({ locale }: { locale: Locale }) {
  const { edit, m } = useForm()
  const starters = listStarters()
  const [picked, setPicked] = useState(starters[0]?.id ?? '')
  const load = (scenario: unknown) => edit(() => structuredClone(scenario) as Draft)
  return (
    <section className={styles.section} aria-labelledby="pg-start">
      <h2 id="pg-start">{m.startFrom}</h2>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor="pg-starter">{m.starterLabel}</label>
          <select id="pg-starter" value={picked} onChange={(e) => setPicked(e.target.value)}>
            {starters.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[locale]}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary" onClick={() => load(starters.find((s) => s.id === picked)?.scenario)}>
          {m.loadStarter}
        </Button>
        <Button variant="secondary" onClick={() => load(blankScenario())}>
          {m.startBlank}
        </Button>
      </div>
    </section>
  )
}
