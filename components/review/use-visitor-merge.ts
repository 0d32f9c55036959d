'use client'
// A visitor who has just signed in: their browser's reviews join the account, once, and the page
// reloads its records from the server.
import { useEffect } from 'react'
import { useRouter } from 'next/navigation'
import { format } from '@/lib/i18n/define'
import { type review } from '@/lib/i18n/messages/review'
import { clearVisitorProgress, loadVisitorProgress, postJson } from './browser-progress'

export function useVisitorMerge({
  signedIn,
  t,
  say,
}: {
  signedIn: boolean
  t: (typeof review)['en']
  /** Shows a status message; must keep its identity across renders (a state setter). */
  say: (message: string) => void
}) {
  const router = useRouter()
  useEffect(() => {
    if (!signedIn) return
    const { progress } = loadVisitorProgress()
    if (!progress.reviews.length) return
    void postJson('/api/progress/merge', { reviews: progress.reviews }).then((res) => {
      if (res.status !== 200) return
      clearVisitorProgress()
      say(format(t.merged, { n: Number(res.body.imported ?? 0) }))
      router.refresh()
    })
  }, [signedIn, router, t.merged, say])
}
