/**
 * The scenario's knobs as form controls, rendered from the library's declarations alone: a
 * slider with its value for numbers, a checkbox for switches, a drop-down for choices. Values are
 * in the scenario's own units; each control's help text is its description.
 */
import { useId } from 'react'
import { type Locale } from '@/lib/i18n/locales'
import { simMessages } from '@/lib/i18n/messages/sim'
import { type Knob, type KnobValue } from '@/lib/scenarios'
import styles from './sim.module.css'

interface Props {
  knobs: readonly Knob[]
  values: Readonly<Record<string, KnobValue>>
  onChange: (values: Record<string, KnobValue>) => void
  locale: Locale
}

export function KnobPanel({ knobs, values, onChange, locale }: Props) {
  const m = simMessages[locale]
  const id = useId()
  const set = (knob: Knob, value: KnobValue) => {
    const next = { ...values }
    // Back at the default means "as written", so the run stays the scenario's own.
    if (value === knob.default) delete next[knob.id]
    else next[knob.id] = value
    onChange(next)
  }
  return (
    <fieldset className={styles.knobs}>
      <legend>{m.knobs}</legend>
      {knobs.map((k) => {
        const inputId = `${id}-${k.id}`
        const helpId = k.help ? `${inputId}-help` : undefined
        const value = values[k.id] ?? k.default
        return (
          <div key={k.id} className={styles.knob}>
            {k.kind === 'boolean' ? (
              <label htmlFor={inputId} className={styles.knobCheck}>
                <input
                  id={inputId}
                  type="checkbox"
                  checked={value === true}
                  aria-describedby={helpId}
                  onChange={(e) => set(k, e.target.checked)}
                />
                {k.label[locale]}
              </label>
            ) : (
              <label htmlFor={inputId}>{k.label[locale]}</label>
            )}
            {k.kind === 'number' ? (
              <span className={styles.knobRange}>
                <input
                  id={inputId}
                  type="range"
                  min={k.min}
                  max={k.max}
                  step={k.step}
                  value={Number(value)}
                  aria-describedby={helpId}
                  aria-valuetext={`${value}${k.unit ? ` ${k.unit}` : ''}`}
                  onChange={(e) => set(k, Number(e.target.value))}
                />
                <output htmlFor={inputId}>
                  {String(value)}
                  {k.unit ? ` ${k.unit}` : ''}
                </output>
              </span>
            ) : null}
            {k.kind === 'select' ? (
              <select
                id={inputId}
                value={String(value)}
                aria-describedby={helpId}
                onChange={(e) => set(k, e.target.value)}
              >
                {k.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label[locale]}
                  </option>
                ))}
              </select>
            ) : null}
            {k.help ? (
              <p id={helpId} className={styles.knobHelp}>
                {k.help[locale]}
              </p>
            ) : null}
          </div>
        )
      })}
      {Object.keys(values).length ? (
        <button type="button" className={styles.ctl} onClick={() => onChange({})}>
          {m.resetKnobs}
        </button>
      ) : null}
    </fieldset>
  )
}
