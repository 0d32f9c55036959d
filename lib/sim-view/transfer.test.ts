import { describe, expect, it } from 'vitest'
import { getScenario } from '@/lib/scenarios'
import { runScenario } from '@/lib/tcp'
import { runForView, type ViewRun } from './run'
import { segmentRecords } from './segments'
import { runAssembler, runPieces, type RunPiece } from './transfer'
import { faultForSegment, withWhatIfs } from './what-if'

/** Sends every piece through structuredClone, as postMessage does, and assembles the copies. */
function roundTrip(run: ViewRun, size: number): { back: ViewRun; pieces: RunPiece[] } {
  const pieces = [...runPieces(run, size)].map((p) => structuredClone(p))
  const assembler = runAssembler()
  for (const p of pieces) assembler.add(p)
  return { back: assembler.run(), pieces }
}

const library = (id: string) => {
  const entry = getScenario(id)
  if (!entry) throw new Error(`no scenario ${id}`)
  return entry.scenario
}

/** The SYN-flood question's run (6 425 events): a trace that needs many slices. */
const flood = runForView(library('syn-flood-cookies'))

describe('a run crosses to the page in bounded pieces', () => {
  it('gives back the same run, each slice no longer than the size asked for', () => {
    const run = flood
    if (!run.ok) throw new Error(run.error)
    const { back, pieces } = roundTrip(run, 250)
    expect(back).toEqual(run)
    const slices = pieces.flatMap((p) => (p.kind === 'slice' ? [p.slice] : []))
    expect(slices.reduce((most, s) => Math.max(most, s.items.length), 0)).toBe(250)
    // The flood's trace alone needs many slices: the biggest message is bounded, not the run.
    expect(slices.filter((s) => s.field === 'trace').length).toBe(Math.ceil(run.model.trace.length / 250))
    expect(pieces[0].kind).toBe('head')
  })

  it('sends each segment once and links the records back to the trace’s own objects', () => {
    const run = flood
    if (!run.ok) throw new Error(run.error)
    const { back, pieces } = roundTrip(run, 1_000)
    const sentRecords = pieces.flatMap((p) =>
      p.kind === 'slice' && p.slice.field === 'records' ? p.slice.items : [],
    )
    expect(sentRecords.every((r) => r.segment === undefined)).toBe(true)
    if (!back.ok) throw new Error(back.error)
    const sent = new Map(
      back.model.trace.flatMap((e) => (e.type === 'segment-sent' ? [[e.segment.id, e.segment]] : [])),
    )
    expect(back.model.records.every((r) => r.segment === sent.get(r.id))).toBe(true)
  })

  it('keeps a network duplicate’s own segment, which no segment-sent event carries', () => {
    const scenario = library('four-way-close')
    const target = segmentRecords(runScenario(scenario).trace)[2]
    const fault = faultForSegment(runScenario(scenario).trace, target.id, { kind: 'duplicate' })!
    const run = runForView(withWhatIfs(scenario, [fault]))
    if (!run.ok) throw new Error(run.error)
    const copy = run.model.records.find((r) => r.duplicateOf !== undefined)
    expect(copy?.segment.id).toBe(copy?.id)
    expect(roundTrip(run, 100).back).toEqual(run)
  })

  it('passes a failed run through as its head alone', () => {
    const failed: ViewRun = { ok: false, error: 'hosts: at most 8 hosts' }
    const { back, pieces } = roundTrip(failed, 100)
    expect(pieces).toEqual([{ kind: 'head', head: failed }])
    expect(back).toEqual(failed)
  })

  it('says so when the worker sent nothing', () => {
    expect(runAssembler().run()).toEqual({ ok: false, error: 'the simulation worker sent no result' })
  })
})
