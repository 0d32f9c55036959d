/**
 * Moves a finished ViewRun from the engine's worker to the page in bounded pieces (issues #16,
 * #17). One structured-clone message of a 200 000-event run is ~100 MB; deserialising it took the
 * page's main thread seconds in one task. Here the bulky arrays and maps travel as slices of at
 * most `size` items, one message each, and the page adds each slice to its copy as it arrives, so
 * every main-thread task deserialises and stores a bounded amount (docs/decisions/013).
 *
 * A record's segment is the very object of its `segment-sent` event, so it is left out of the
 * record's slice and linked back on arrival: the segments cross once, not twice.
 */
import { type Segment, type TraceEvent } from '@/lib/tcp'
import { type Analysis } from './analysis'
import { type ViewModel } from './model'
import { type PacketRow } from './packet-list'
import { type RelativeNumbers } from './relative'
import { type ViewRun } from './run'
import { type SegmentRecord } from './segments'

/**
 * Items per piece. At 1 000, pieces took 50–340 ms each to deserialise and store on a loaded CI
 * machine under Playwright (a record alone is ~30 µs in node); 250 keeps each well under 50 ms.
 */
export const PIECE_ITEMS = 250

/** A record as sent: without its segment when the trace already carries that same segment. */
type SentRecord = Omit<SegmentRecord, 'segment'> & { readonly segment?: Segment }

type Bulky = 'trace' | 'records' | 'packets' | 'rel' | 'analysis'

/** What a run is without its bulky parts: sent first, in one small message. */
export type RunHead =
  | { readonly ok: false; readonly error: string }
  | (Omit<Extract<ViewRun, { ok: true }>, 'model'> & { readonly model: Omit<ViewModel, Bulky> })

export type ModelSlice =
  | { readonly field: 'trace'; readonly items: readonly TraceEvent[] }
  | { readonly field: 'records'; readonly items: readonly SentRecord[] }
  | { readonly field: 'packets'; readonly items: readonly PacketRow[] }
  | { readonly field: 'rel'; readonly items: readonly (readonly [number, RelativeNumbers])[] }
  | { readonly field: 'analysis'; readonly items: readonly (readonly [number, Analysis])[] }

export type RunPiece =
  { readonly kind: 'head'; readonly head: RunHead } | { readonly kind: 'slice'; readonly slice: ModelSlice }

/** The run as pieces: its head, then the trace before the records (which link to its segments). */
export function* runPieces(run: ViewRun, size = PIECE_ITEMS): Generator<RunPiece> {
  if (!run.ok) {
    yield { kind: 'head', head: run }
    return
  }
  const { trace, records, packets, rel, analysis, ...rest } = run.model
  yield { kind: 'head', head: { ...run, model: rest } }
  const sent = sentSegments(trace)
  const slim = (r: SegmentRecord): SentRecord =>
    sent.get(r.id) === r.segment ? { ...r, segment: undefined } : r
  for (let i = 0; i < trace.length; i += size)
    yield { kind: 'slice', slice: { field: 'trace', items: trace.slice(i, i + size) } }
  for (let i = 0; i < records.length; i += size)
    yield { kind: 'slice', slice: { field: 'records', items: records.slice(i, i + size).map(slim) } }
  for (let i = 0; i < packets.length; i += size)
    yield { kind: 'slice', slice: { field: 'packets', items: packets.slice(i, i + size) } }
  for (const items of entrySlices(rel, size)) yield { kind: 'slice', slice: { field: 'rel', items } }
  for (const items of entrySlices(analysis, size))
    yield { kind: 'slice', slice: { field: 'analysis', items } }
}

/** The page's side: takes the pieces in order and gives the whole run back. */
export function runAssembler() {
  let head: RunHead | undefined
  const trace: TraceEvent[] = []
  const records: SegmentRecord[] = []
  const packets: PacketRow[] = []
  const rel = new Map<number, RelativeNumbers>()
  const analysis = new Map<number, Analysis>()
  const sent = new Map<number, Segment>()

  const add = (piece: RunPiece): void => {
    if (piece.kind === 'head') {
      head = piece.head
      return
    }
    const { slice } = piece
    switch (slice.field) {
      case 'trace':
        for (const e of slice.items) {
          trace.push(e)
          if (e.type === 'segment-sent') sent.set(e.segment.id, e.segment)
        }
        break
      case 'records':
        for (const r of slice.items) records.push({ ...r, segment: r.segment ?? sent.get(r.id)! })
        break
      case 'packets':
        for (const p of slice.items) packets.push(p)
        break
      case 'rel':
        for (const [id, n] of slice.items) rel.set(id, n)
        break
      case 'analysis':
        for (const [id, a] of slice.items) analysis.set(id, a)
        break
    }
  }

  const run = (): ViewRun => {
    if (!head) return { ok: false, error: 'the simulation worker sent no result' }
    if (!head.ok) return head
    return { ...head, model: { ...head.model, trace, records, packets, rel, analysis } }
  }
  return { add, run }
}

/** Each `segment-sent` event's segment by id: the objects the records share. */
function sentSegments(trace: readonly TraceEvent[]): Map<number, Segment> {
  const sent = new Map<number, Segment>()
  for (const e of trace) if (e.type === 'segment-sent') sent.set(e.segment.id, e.segment)
  return sent
}

/** A map's entries, `size` at a time, without copying the whole map first. */
function* entrySlices<K, V>(map: ReadonlyMap<K, V>, size: number): Generator<[K, V][]> {
  let batch: [K, V][] = []
  for (const entry of map) {
    batch.push(entry)
    if (batch.length === size) {
      yield batch
      batch = []
    }
  }
  if (batch.length) yield batch
}
