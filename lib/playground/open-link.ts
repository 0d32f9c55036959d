/**
 * What the playground page opens with, from its `?s=` search parameter: nothing, a scenario, or a
 * reason the link is broken. Never throws, so a tampered URL cannot turn into a server error.
 */
import { z } from 'zod'
import { type ScenarioInput } from '@/lib/tcp'
import { decodeScenario, type DecodeFailure } from './codec'

export type Opening =
  | { kind: 'fresh' }
  | { kind: 'link'; scenario: ScenarioInput; param: string }
  | { kind: 'broken'; failure: DecodeFailure }

// `?s=a&s=b` arrives as an array: that is not a link this page wrote.
const searchParams = z.object({ s: z.string().optional() })

/** Reads the page's search parameters into an opening. */
export async function openLink(params: unknown): Promise<Opening> {
  const parsed = searchParams.safeParse(params)
  if (!parsed.success) return { kind: 'broken', failure: { reason: 'not-a-link' } }
  const s = parsed.data.s
  if (s === undefined || s === '') return { kind: 'fresh' }
  try {
    const r = await decodeScenario(s)
    if (r.ok) return { kind: 'link', scenario: r.scenario, param: s }
    const { ok: _, ...failure } = r
    return { kind: 'broken', failure }
  } catch {
    return { kind: 'broken', failure: { reason: 'not-a-link' } }
  }
}
