'use client'
/**
 * Last line of defence for the playground: links and drafts are validated, but a scenario typed
 * as JSON can still reach corners of the form or engine nobody foresaw. The learner gets words and
 * a way out instead of a blank page.
 */
import Link from 'next/link'
import { useSyncExternalStore } from 'react'
import { playgroundMessages } from '@/lib/i18n/messages/playground'

const noSubscribe = () => () => {}

export default function PlaygroundError({ reset }: { error: Error; reset: () => void }) {
  // The root layout sets <html lang> (en or zh-CN); an error boundary cannot call getLocale().
  const lang = useSyncExternalStore(
    noSubscribe,
    () => document.documentElement.lang,
    () => 'en',
  )
  const m = playgroundMessages[lang.startsWith('zh') ? 'zh' : 'en']
  return (
    <section role="alert" aria-labelledby="pg-crashed">
      <h1 id="pg-crashed">{m.crashed}</h1>
      <p>
        <button type="button" onClick={reset}>
          {m.tryAgain}
        </button>{' '}
        <Link href="/playground">{m.startFresh}</Link>
      </p>
    </section>
  )
}
