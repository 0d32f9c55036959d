'use client'
/**
 * In development, re-renders the page when a question file is saved: the server components read
 * content with fs at request time, so a refresh shows the edit (and a fixed error) at once.
 * Renders nothing, and in a production build the whole effect is compiled away.
 */
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

export function DevContentReload() {
  const router = useRouter()
  useEffect(() => {
    if (process.env.NODE_ENV !== 'development') return
    const events = new EventSource('/api/dev/content-changes')
    events.onmessage = () => router.refresh()
    return () => events.close()
  }, [router])
  return null
}
