'use client'
/**
 * Shows the server-rendered static ladder (its children) until the simulation comes near the
 * viewport, then loads the interactive player's code and swaps it in once the engine's worker
 * has the first run. Before that moment no player or engine code is downloaded, which keeps
 * question pages light.
 */
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react'
import { type Locale } from '@/lib/i18n/locales'
import { type SimOverrides } from '@/lib/sim-view/overrides'
import { type Prediction } from '@/lib/sim-view/prediction'

const PlayerFromScenario = lazy(() => import('./PlayerFromScenario'))

interface Props {
  scenarioId: string
  overrides?: SimOverrides
  locale: Locale
  step?: number
  predict?: Prediction
  onPredictionAnswer?: (answer: { choiceId: string; correct: boolean }) => void
  children: ReactNode
}

export function LazyPlayer({ children, ...props }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const [near, setNear] = useState(false)
  useEffect(() => {
    const el = box.current
    if (!el) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true)
          observer.disconnect()
        }
      },
      { rootMargin: '400px 0px' },
    )
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return (
    <div ref={box}>
      {near ? (
        <Suspense fallback={children}>
          <PlayerFromScenario {...props} placeholder={children} />
        </Suspense>
      ) : (
        children
      )}
    </div>
  )
}
