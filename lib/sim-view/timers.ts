/**
 * Timer bars: each arming of a timer, from when it was set until it fired, was cancelled, was
 * re-armed, or the run ended. The bar's deadline is kept so a view can draw the remaining time.
 */
import { type ConnId, type TimerKind, type TraceEvent } from '@/lib/tcp'

export type TimerOutcome = 'fired' | 'cancelled' | 'rearmed' | 'pending'

export interface TimerBar {
  readonly host: string
  readonly conn: ConnId
  readonly kind: TimerKind
  readonly start: number
  readonly deadline: number
  /** When the bar stops: the fire/cancel/re-arm time, or the deadline while still pending. */
  readonly end: number
  readonly outcome: TimerOutcome
  readonly attempt?: number
}

/** Pairs every timer-set with what ended it. */
export function timerBars(trace: readonly TraceEvent[]): TimerBar[] {
  const open = new Map<string, Omit<TimerBar, 'end' | 'outcome'>>()
  const bars: TimerBar[] = []
  const close = (key: string, end: number, outcome: TimerOutcome) => {
    const bar = open.get(key)
    if (!bar) return
    bars.push({ ...bar, end, outcome })
    open.delete(key)
  }
  for (const e of trace) {
    if (e.type !== 'timer-set' && e.type !== 'timer-fired' && e.type !== 'timer-cancelled') continue
    const key = `${e.host}|${e.conn}|${e.timer}`
    if (e.type === 'timer-set') {
      close(key, e.at, 'rearmed')
      open.set(key, {
        host: e.host,
        conn: e.conn,
        kind: e.timer,
        start: e.at,
        deadline: e.deadline,
        attempt: e.attempt,
      })
    } else close(key, e.at, e.type === 'timer-fired' ? 'fired' : 'cancelled')
  }
  for (const bar of open.values()) bars.push({ ...bar, end: bar.deadline, outcome: 'pending' })
  return bars.sort((a, b) => a.start - b.start)
}
