/**
 * Runs a scenario in a Web Worker (engine.worker.ts) and follows it: progress while it runs, the
 * result gathered piece by piece as it arrives (one bounded task each), a cancel that ends the
 * worker at once, a retry. While a new run is on its way the previous result stays available, so
 * a knob change keeps the old player on screen instead of a blank.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { type ViewRun } from '@/lib/sim-view/run'
import { runAssembler } from '@/lib/sim-view/transfer'
import { type RunStop, type ScenarioInput } from '@/lib/tcp'
import { type EngineReply, type EngineRequest } from './engine-protocol'

export type EnginePhase =
  /** `stop` once the engine has stopped and the worker is building the views. */
  { phase: 'running'; events: number; stop?: RunStop } | { phase: 'cancelled' } | { phase: 'done' }

export interface EngineRun {
  /** The latest request's phase. */
  readonly status: EnginePhase
  /** The latest finished run and the scenario it ran (possibly an earlier request's). */
  readonly shown?: { readonly scenario: ScenarioInput; readonly run: ViewRun }
  readonly cancel: () => void
  readonly retry: () => void
}

/** The performance mark set when a run's last piece has arrived (e2e/heavy-scenario.spec.ts). */
const RUN_ARRIVED = 'engine-run-arrived'

/** One request: a new object for every run, so replies are matched to the run that asked. */
interface Ask {
  readonly scenario: ScenarioInput
  readonly maxSteps?: number
  readonly attempt: number
}

export function useEngineRun(scenario: ScenarioInput, maxSteps?: number): EngineRun {
  const [attempt, setAttempt] = useState(0)
  const ask = useMemo<Ask>(() => ({ scenario, maxSteps, attempt }), [scenario, maxSteps, attempt])
  const [progress, setProgress] = useState<{ ask: Ask; events: number; stop?: RunStop }>()
  const [finished, setFinished] = useState<{ ask: Ask; run: ViewRun }>()
  const [cancelled, setCancelled] = useState<Ask>()
  const worker = useRef<Worker | undefined>(undefined)

  useEffect(() => {
    // Turbopack bundles the worker into a same-origin entry file (static/chunks/turbopack-worker-*)
    // that loads its chunks with importScripts: the CSP's worker-src 'self' covers it.
    const w = new Worker(new URL('./engine.worker.ts', import.meta.url))
    worker.current = w
    const result = runAssembler()
    const finish = (run: ViewRun) => {
      setFinished({ ask, run })
      w.terminate()
    }
    w.onmessage = (e: MessageEvent<EngineReply>) => {
      const reply = e.data
      if (reply.kind === 'progress') setProgress({ ask, events: reply.events })
      else if (reply.kind === 'engine-done') setProgress({ ask, events: reply.events, stop: reply.stop })
      else if (reply.kind === 'piece') result.add(reply.piece)
      else if (reply.kind === 'done') {
        // A User Timing mark (DevTools shows it): where the arrival ends and the first render begins.
        performance.mark(RUN_ARRIVED)
        finish(result.run())
      } else if (reply.kind === 'failed') finish({ ok: false, error: reply.error })
    }
    w.onerror = (e) => finish({ ok: false, error: e.message || 'the simulation worker failed to start' })
    const { scenario: s, maxSteps: m } = ask
    w.postMessage({ kind: 'run', scenario: s, maxSteps: m } satisfies EngineRequest)
    return () => w.terminate()
  }, [ask])

  const cancel = useCallback(() => {
    worker.current?.terminate()
    setCancelled(ask)
  }, [ask])
  const retry = useCallback(() => setAttempt((n) => n + 1), [])

  const status: EnginePhase =
    finished?.ask === ask
      ? { phase: 'done' }
      : cancelled === ask
        ? { phase: 'cancelled' }
        : progress?.ask === ask
          ? { phase: 'running', events: progress.events, stop: progress.stop }
          : { phase: 'running', events: 0 }
  const shown = useMemo(() => finished && { scenario: finished.ask.scenario, run: finished.run }, [finished])
  return { status, shown, cancel, retry }
}
