'use client'
// The settings a review session runs with, and where they are kept: a visitor's in this browser,
// a learner's in their account (POST /api/settings). A learner without stored settings adopts this
// browser's once; stored ones are never replaced by a browser's.
import { useEffect, useState } from 'react'
import { format } from '@/lib/i18n/define'
import { type review } from '@/lib/i18n/messages/review'
import { accountSettingsSchema, type AccountSettings, type PracticeSettings } from '@/lib/practice/settings'
import { browserTimeZone, loadSettings, postJson, saveSettings } from './browser-progress'

export function useStudySettings({
  signedIn,
  storedSettings,
  t,
  say,
}: {
  signedIn: boolean
  storedSettings: AccountSettings | null
  t: (typeof review)['en']
  /** Shows a status message (whether a change was saved). */
  say: (message: string) => void
}) {
  // Null until mounted: a visitor's settings and the time zone are only known in the browser.
  const [settings, setSettings] = useState<PracticeSettings | null>(null)
  const [timeZone, setTimeZone] = useState('UTC')

  useEffect(() => {
    const chosen = storedSettings ?? { ...loadSettings(), timeZone: browserTimeZone() }
    const { timeZone: zone, ...rest } = chosen
    setSettings(rest)
    setTimeZone(signedIn ? zone : browserTimeZone())
    if (signedIn && !storedSettings)
      void postJson('/api/settings', { settings: chosen, adopt: true }).then((res) => {
        const stored = accountSettingsSchema.safeParse(res.body.settings)
        if (res.status !== 200 || !stored.success) return
        const { timeZone: storedZone, ...storedRest } = stored.data
        setSettings(storedRest)
        setTimeZone(storedZone)
      })
  }, [signedIn, storedSettings])

  function changeSettings(next: PracticeSettings, zone?: string) {
    setSettings(next)
    if (!signedIn) return saveSettings(next)
    if (zone) setTimeZone(zone)
    postJson('/api/settings', { settings: { ...next, timeZone: zone ?? timeZone } }).then(
      (res) =>
        say(
          res.status === 200 ? t.settingsSaved : format(t.settingsNotSaved, { reason: String(res.status) }),
        ),
      () => say(format(t.settingsNotSaved, { reason: 'network' })),
    )
  }

  return { settings, timeZone, changeSettings }
}
