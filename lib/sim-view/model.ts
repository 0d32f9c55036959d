/**
 * Everything the views derive from one trace, computed once. The trace is the engine's only
 * output (lib/tcp/trace.ts); nothing here reads the engine's internals.
 */
import { type Scenario, type TraceEvent } from '@/lib/tcp'
import { analyse, type Analysis } from './analysis'
import { ladderRows, type LadderRows } from './ladder-rows'
import { packetList, type PacketRow } from './packet-list'
import { queueSeries, type QueueSeries } from './queues'
import { relativeNumbers, type RelativeNumbers } from './relative'
import { hostOrder, segmentRecords, type SegmentRecord } from './segments'
import { stateLanes, type StateLane } from './states'
import { timeSequence, type TimeSeqSeries } from './time-sequence'
import { timerBars, type TimerBar } from './timers'

export interface ViewModel {
  readonly trace: readonly TraceEvent[]
  readonly hosts: readonly string[]
  readonly records: readonly SegmentRecord[]
  readonly rel: ReadonlyMap<number, RelativeNumbers>
  readonly analysis: ReadonlyMap<number, Analysis>
  readonly packets: readonly PacketRow[]
  readonly timers: readonly TimerBar[]
  readonly lanes: readonly StateLane[]
  readonly queues: readonly QueueSeries[]
  readonly timeSeq: readonly TimeSeqSeries[]
  /**
   * The ladder's vertical layout, computed with the rest (in the worker, for the player) so the
   * page's first render only places arrows across its width (decision 013).
   */
  readonly ladder: LadderRows
  /** Time of the last event. */
  readonly endTime: number
  /**
   * The parsed scenario that produced the trace, when known: a Replay of it gives the engine's
   * snapshot at any step (the TCB panel), identical to this run because runs are deterministic.
   */
  readonly scenario?: Scenario
}

export function buildViewModel(trace: readonly TraceEvent[], scenario?: Scenario): ViewModel {
  const records = segmentRecords(trace)
  const rel = relativeNumbers(records)
  const analysis = analyse(records, rel)
  const hosts = hostOrder(trace)
  const timers = timerBars(trace)
  const lanes = stateLanes(trace)
  return {
    trace,
    hosts,
    records,
    rel,
    analysis,
    packets: packetList(records, rel, analysis),
    timers,
    lanes,
    queues: queueSeries(trace),
    timeSeq: timeSequence(records, rel, analysis),
    ladder: ladderRows({ trace, hosts, records, timers, lanes }),
    endTime: trace.at(-1)?.at ?? 0,
    scenario,
  }
}
