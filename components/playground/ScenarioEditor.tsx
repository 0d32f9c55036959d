'use client'
/**
 * The scenario as a whole: its name and words, the random seed, when to stop, and the
 * counterfactual variants — switches that make the run deliberately NOT TCP, to show why TCP
 * does what it does (a two-way handshake, no TIME-WAIT, one ISN for every connection).
 */
import { getAt, setAt } from '@/lib/playground/draft'
import { VARIANTS } from '@/lib/tcp'
import { IssueText, NumberField, TextField } from './fields'
import { fieldId, useForm } from './form-context'
import styles from './playground.module.css'

export function ScenarioEditor() {
  const { m } = useForm()
  return (
    <section className={styles.section} aria-labelledby="pg-scenario">
      <h2 id="pg-scenario">{m.scenario}</h2>
      <div className={styles.grid}>
        <TextField path={['name']} label={m.name} />
        <TextField path={['title']} label={m.title} optional />
        <NumberField path={['seed']} label={m.seed} placeholder="1" />
        <NumberField path={['until']} label={m.until} min={0} />
      </div>
      <TextField path={['description']} label={m.description} optional />
      <VariantsField />
    </section>
  )
}

/** One checkbox per variant; the list keeps the schema's order so the same choice gives the same link. */
function VariantsField() {
  const { draft, edit, m } = useForm()
  const current = getAt(draft, ['variants'])
  const chosen = new Set(Array.isArray(current) ? current : [])
  const toggle = (v: string, on: boolean) =>
    edit((d) => {
      const next = VARIANTS.filter((x) => (x === v ? on : chosen.has(x)))
      // Keep a variant the form does not know (typed as JSON) for the schema to report.
      const unknown = [...chosen].filter((x) => !(VARIANTS as readonly unknown[]).includes(x))
      const list = [...next, ...unknown]
      return setAt(d, ['variants'], list.length ? list : undefined)
    })
  return (
    <fieldset className={styles.action}>
      <legend>{m.variants}</legend>
      <p className={styles.hint}>{m.variantsHint}</p>
      <IssueText path={['variants']} id={`${fieldId(['variants'])}-issue`} />
      {VARIANTS.map((v) => {
        const id = fieldId(['variants', v])
        return (
          <div key={v} className={styles.checkLine}>
            <input
              id={id}
              type="checkbox"
              checked={chosen.has(v)}
              onChange={(e) => toggle(v, e.target.checked)}
            />
            <label htmlFor={id}>{m[`variant_${v}`]}</label>
          </div>
        )
      })}
    </fieldset>
  )
}
