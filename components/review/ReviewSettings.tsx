'use client'
// The learner's review settings: retention, daily limits, two-button mode, and for a signed-in
// learner the time zone their days begin in. The caller keeps them (browser or account).
import { useMemo } from 'react'
import { review } from '@/lib/i18n/messages/review'
import { type Locale } from '@/lib/i18n/locales'
import { practiceSettingsSchema, type PracticeSettings } from '@/lib/practice/settings'
import styles from './review.module.css'

export function ReviewSettings({
  settings,
  timeZone,
  locale,
  onChange,
}: {
  settings: PracticeSettings
  /** Shown as a choice for signed-in learners only; a visitor's day follows their browser. */
  timeZone?: string
  locale: Locale
  onChange: (settings: PracticeSettings, timeZone?: string) => void
}) {
  const t = review[locale]
  const zones = useMemo(() => (timeZone ? Intl.supportedValuesOf('timeZone') : []), [timeZone])
  // Out-of-range input is ignored (the field keeps the last valid value) rather than saved.
  const update = (patch: Partial<PracticeSettings>, zone = timeZone) => {
    const parsed = practiceSettingsSchema.safeParse({ ...settings, ...patch })
    if (!parsed.success) return
    onChange(parsed.data, zone)
  }
  return (
    <details>
      <summary>{t.settings}</summary>
      <div className={styles.settings}>
        <label>
          {t.retention}
          <input
            type="number"
            min={0.7}
            max={0.97}
            step={0.01}
            defaultValue={settings.retention}
            onChange={(e) => update({ retention: e.target.valueAsNumber })}
          />
        </label>
        <label>
          {t.newPerDay}
          <input
            type="number"
            min={0}
            max={500}
            defaultValue={settings.newPerDay}
            onChange={(e) => update({ newPerDay: e.target.valueAsNumber })}
          />
        </label>
        <label>
          {t.reviewCap}
          <input
            type="number"
            min={0}
            max={5000}
            defaultValue={settings.reviewCap}
            onChange={(e) => update({ reviewCap: e.target.valueAsNumber })}
          />
        </label>
        <label>
          {t.twoButton}
          <input
            type="checkbox"
            checked={settings.twoButton}
            onChange={(e) => update({ twoButton: e.target.checked })}
          />
        </label>
        {timeZone ? (
          <label>
            {t.timeZone}
            <select value={timeZone} onChange={(e) => update({}, e.target.value)}>
              {(zones.includes(timeZone) ? zones : [timeZone, ...zones]).map((zone) => (
                <option key={zone}>{zone}</option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
    </details>
  )
}
