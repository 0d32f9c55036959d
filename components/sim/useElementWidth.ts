import { useEffect, useState, type RefObject } from 'react'

/**
 * The element's content width, rounded down to 20 px steps so small resizes do not re-lay the
 * diagram out; `initial` is used until the first measurement (and on the server).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, initial: number): number {
  const [width, setWidth] = useState(initial)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const observer = new ResizeObserver(([entry]) => {
      setWidth(Math.max(300, Math.floor(entry.contentRect.width / 20) * 20))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  return width
}
