import { useEffect, useState, type RefObject } from 'react'

export interface ScrollBox {
  readonly scrollTop: number
  readonly clientHeight: number
}

/**
 * A scroll box's position and visible height, updated at most once per frame while it scrolls or
 * resizes; `initialHeight` stands in until the first measurement (and on the server).
 */
export function useScrollBox(ref: RefObject<HTMLElement | null>, initialHeight: number): ScrollBox {
  const [box, setBox] = useState<ScrollBox>({ scrollTop: 0, clientHeight: initialHeight })
  useEffect(() => {
    const el = ref.current
    if (!el) return
    let frame: number | undefined
    const measure = () => {
      frame = undefined
      setBox((old) =>
        old.scrollTop === el.scrollTop && old.clientHeight === el.clientHeight
          ? old
          : { scrollTop: el.scrollTop, clientHeight: el.clientHeight },
      )
    }
    const schedule = () => {
      frame ??= requestAnimationFrame(measure)
    }
    measure()
    el.addEventListener('scroll', schedule, { passive: true })
    const observer = new ResizeObserver(schedule)
    observer.observe(el)
    return () => {
      el.removeEventListener('scroll', schedule)
      observer.disconnect()
      if (frame !== undefined) cancelAnimationFrame(frame)
    }
  }, [ref])
  return box
}
