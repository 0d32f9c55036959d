/**
 * The playback controller. It owns only a cursor over a finished run: real time moves the cursor,
 * never the engine. The run itself (trace, view model) is computed up front by the engine, which
 * is cheap and exact, so stepping back is just moving the cursor back.
 *
 * React reads it through `subscribe` + `getSnapshot` (useSyncExternalStore); the snapshot is a new
 * object only when something visible changed, as that hook requires. The clock is injected so the
 * controller stays free of DOM globals and tests can drive it frame by frame.
 */
import { type ViewModel } from './model'

export interface PlayerClock {
  now(): number
  /** Calls back on the next frame; returns a handle for `cancel`. */
  request(callback: () => void): number
  cancel(handle: number): void
}

export interface PlayerSnapshot {
  readonly model: ViewModel
  /** Distinct event times of the run; step n shows everything up to steps[n]. */
  readonly steps: readonly number[]
  readonly step: number
  /** Playback cursor in virtual milliseconds; between steps while an animation is running. */
  readonly t: number
  readonly playing: boolean
  readonly speed: number
  readonly selected?: number
  readonly hovered?: number
  /**
   * Set when a new run was loaded at the learner's previous time rather than at its start (a knob
   * changed): the time asked for. Cleared when playback moves (play, step, seek, restart).
   */
  readonly kept?: { readonly t: number }
}

export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const

/** Real milliseconds one step takes at speed 1: grows with the virtual gap, within bounds. */
export function stepDuration(gapMs: number): number {
  return Math.min(1400, Math.max(300, gapMs * 4))
}

export interface Player {
  subscribe(listener: () => void): () => void
  getSnapshot(): PlayerSnapshot
  play(): void
  pause(): void
  toggle(): void
  stepForward(): void
  stepBack(): void
  seek(step: number): void
  restart(): void
  setSpeed(speed: number): void
  select(segmentId: number | undefined): void
  hover(segmentId: number | undefined): void
  /**
   * Replaces the run (new scenario or overrides). It opens on its first step, or with `keepTime`
   * on the last step at or before that virtual time, so the learner keeps their place.
   */
  load(model: ViewModel, keepTime?: number): void
  dispose(): void
}

export function stepsOf(model: ViewModel): number[] {
  return [...new Set(model.trace.map((e) => e.at as number))].sort((a, b) => a - b)
}

/** Index of the last step at or before `t` (the first step when `t` precedes them all). */
export function stepAtOrBefore(steps: readonly number[], t: number): number {
  let i = 0
  while (i + 1 < steps.length && steps[i + 1] <= t) i++
  return i
}

export function createPlayer(model: ViewModel, clock: PlayerClock, initialStep = 0): Player {
  const listeners = new Set<() => void>()
  const steps0 = stepsOf(model)
  const first = clamp(initialStep, steps0.length)
  let snap: PlayerSnapshot = {
    model,
    steps: steps0,
    step: first,
    t: steps0[first] ?? 0,
    playing: false,
    speed: 1,
  }
  let frame: number | undefined
  // Where the current animated step started, in real time, and which step it animates towards.
  let leg: { from: number; startedAt: number } | undefined

  function clamp(step: number, count: number) {
    return Math.max(0, Math.min(count - 1, Math.round(step)))
  }
  function set(patch: Partial<PlayerSnapshot>) {
    const next = { ...snap, ...patch }
    const keys = Object.keys(patch) as (keyof PlayerSnapshot)[]
    if (keys.every((k) => next[k] === snap[k])) return
    snap = next
    for (const l of [...listeners]) l()
  }
  function stopFrames() {
    if (frame !== undefined) clock.cancel(frame)
    frame = undefined
    leg = undefined
  }
  function tick() {
    frame = undefined
    if (!snap.playing) return
    const { steps, step } = snap
    if (step >= steps.length - 1) {
      stopFrames()
      set({ playing: false, t: steps[steps.length - 1] ?? 0 })
      return
    }
    if (!leg) leg = { from: step, startedAt: clock.now() }
    const a = steps[leg.from]
    const b = steps[leg.from + 1]
    const progress = ((clock.now() - leg.startedAt) * snap.speed) / stepDuration(b - a)
    if (progress >= 1) {
      leg = { from: leg.from + 1, startedAt: clock.now() }
      set({ step: leg.from, t: b })
    } else set({ t: a + (b - a) * progress })
    frame = clock.request(tick)
  }
  function jump(step: number) {
    stopFrames()
    const s = clamp(step, snap.steps.length)
    set({ step: s, t: snap.steps[s] ?? 0, playing: false, kept: undefined })
  }

  function play() {
    if (snap.playing) return
    // Playing from the last step starts over, as media players do.
    if (snap.step >= snap.steps.length - 1) set({ step: 0, t: snap.steps[0] ?? 0 })
    set({ playing: true, kept: undefined })
    leg = undefined
    frame = clock.request(tick)
  }
  function pause() {
    stopFrames()
    // Settle on the step the animation had reached, so "step" and "t" agree again.
    set({ playing: false, t: snap.steps[snap.step] ?? 0 })
  }

  // Methods are plain closures so views can pass them around unbound (onClick={player.restart}).
  return {
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: () => snap,
    play,
    pause,
    toggle: () => (snap.playing ? pause() : play()),
    stepForward: () => jump(snap.step + 1),
    stepBack: () => jump(snap.step - 1),
    seek: (step) => jump(step),
    restart: () => jump(0),
    setSpeed(speed) {
      if (leg)
        leg = {
          from: leg.from,
          startedAt: clock.now() - ((clock.now() - leg.startedAt) * snap.speed) / speed,
        }
      set({ speed })
    },
    select: (selected) => set({ selected }),
    hover: (hovered) => set({ hovered }),
    load(next, keepTime) {
      stopFrames()
      const steps = stepsOf(next)
      const step = keepTime === undefined ? 0 : stepAtOrBefore(steps, keepTime)
      set({
        model: next,
        steps,
        step,
        t: steps[step] ?? 0,
        playing: false,
        selected: undefined,
        hovered: undefined,
        kept: keepTime === undefined ? undefined : { t: keepTime },
      })
    },
    dispose() {
      stopFrames()
      listeners.clear()
    },
  }
}
