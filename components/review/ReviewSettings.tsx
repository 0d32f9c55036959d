'use client'
// The learner's review settings, kept in this browser: retention, daily limits, two-button mode.
import { review } from '@/lib/i18n/messages/review'
import { type Locale } from '@/lib/i18n/locales'
import { practiceSettingsSchema, type PracticeSettings } from '@/lib/practice/settings'
import { saveSettings } from './browser-progress'
import styles from './review.module.css'

export function ReviewSettings({
  settings,
  locale,
  onChange,
}: {
  settings: PracticeSettings
  locale: Locale
  onChange: (settings: PracticeSettings) => void
}) {
  const t = review[locale]
  // Out-of-range input is ignored (the field keeps the last valid value) rather than saved.
  const update = (patch: Partial<PracticeSettings>) => {
    const parsed = practiceSettingsSchema.safeParse({ ...settings, ...patch })
    if (!parsed.success) return
    saveSettings(parsed.data)
    onChange(parsed.data)
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
      </div>
    </details>
  )
}
