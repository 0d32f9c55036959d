'use client'
/**
 * The playground: compose a scenario (form or JSON), run it, share it. The draft is the single
 * source of truth; the engine's zod schema checks it on every edit and its issues are shown by
 * path next to the fields. A run freezes the draft, and its link goes into the address bar.
 */
import dynamic from 'next/dynamic'
import { useMemo, useRef, useState } from 'react'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { playgroundMessages } from '@/lib/i18n/messages/playground'
import { encodeScenario } from '@/lib/playground/codec'
import { setAt, type Draft } from '@/lib/playground/draft'
import { type Opening } from '@/lib/playground/open-link'
import { listStarters } from '@/lib/playground/starters'
import { checkDraft, issuesByPath } from '@/lib/playground/validate'
import { type ScenarioInput } from '@/lib/tcp'
import { Button } from '@/components/ui/Button'
import { AppsEditor } from './AppsEditor'
import { ExpectationsEditor } from './ExpectationsEditor'
import { FaultsEditor } from './FaultsEditor'
import { FormContext, type FormApi } from './form-context'
import { HostsEditor } from './HostsEditor'
import { JsonPanel } from './JsonPanel'
import { LinkProblem } from './LinkProblem'
import { NetworkEditor } from './NetworkEditor'
import { ProblemList } from './ProblemList'
import { ScenarioEditor } from './ScenarioEditor'
import { ShareLink, type Share } from './ShareLink'
import { StarterPicker } from './StarterPicker'
import styles from './playground.module.css'

const RunResult = dynamic(() => import('./RunResult'), { ssr: false })

function initialDraft(opening: Opening): Draft {
  if (opening.kind === 'link') return opening.scenario as unknown as Draft
  if (opening.kind === 'broken' && opening.failure.reason === 'invalid') {
    const d = opening.failure.draft
    if (d && typeof d === 'object' && !Array.isArray(d)) return d as Draft
  }
  return structuredClone(listStarters()[0].scenario) as unknown as Draft
}

export function Playground({ locale, opening }: { locale: Locale; opening: Opening }) {
  const m = playgroundMessages[locale]
  const [draft, setDraft] = useState<Draft>(() => initialDraft(opening))
  const [ran, setRan] = useState<ScenarioInput | null>(opening.kind === 'link' ? opening.scenario : null)
  const [share, setShare] = useState<Share>(
    opening.kind === 'link' ? { kind: 'link', param: opening.param } : { kind: 'none' },
  )
  const [attempted, setAttempted] = useState(false)
  const problems = useRef<HTMLDivElement>(null)

  const check = useMemo(() => checkDraft(draft), [draft])
  const issues = useMemo(() => (check.ok ? [] : check.issues), [check])
  const api = useMemo<FormApi>(
    () => ({
      draft,
      issues: issuesByPath(issues),
      m,
      set: (path, value) => setDraft((d) => setAt(d, path, value)),
      edit: (change) => setDraft(change),
    }),
    [draft, issues, m],
  )

  const run = async () => {
    setAttempted(true)
    if (!check.ok) {
      problems.current?.focus()
      return
    }
    setRan(check.scenario)
    const link = await encodeScenario(check.scenario)
    if (!link.ok) return setShare({ kind: 'too-big' })
    setShare({ kind: 'link', param: link.param })
    // Next's router keeps its state in sync with replaceState; no server round trip is needed.
    window.history.replaceState(null, '', `/playground?s=${link.param}`)
  }

  return (
    <FormContext.Provider value={api}>
      {opening.kind === 'broken' ? <LinkProblem failure={opening.failure} m={m} /> : null}
      <form
        className={styles.layout}
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void run()
        }}
      >
        <StarterPicker locale={locale} />
        <ScenarioEditor />
        <HostsEditor />
        <AppsEditor />
        <NetworkEditor />
        <FaultsEditor />
        <ExpectationsEditor />
        <JsonPanel issues={issues} />
        <div className={styles.runBar}>
          <div ref={problems} tabIndex={-1} aria-live="polite" className={styles.problemsBox}>
            {attempted && issues.length > 0 ? (
              <ProblemList
                title={format(m.problems, { n: issues.length })}
                issues={issues}
                rootLabel={m.scenarioRoot}
              />
            ) : null}
          </div>
          <Button type="submit">{m.run}</Button>
        </div>
      </form>
      <section className={styles.section} aria-labelledby="pg-result">
        <h2 id="pg-result">{m.result}</h2>
        {ran ? <RunResult scenario={ran} locale={locale} /> : <p className={styles.hint}>{m.notRun}</p>}
      </section>
      <ShareLink share={share} m={m} />
    </FormContext.Provider>
  )
}
