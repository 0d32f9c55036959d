/**
 * The scenario being edited is plain JSON that may be invalid at any moment (that is what the
 * inline errors are for). These helpers read and write it immutably by field path, the same paths
 * the zod issues use, so a form field, its value and its error share one key.
 */
import { type ScenarioInput } from '@/lib/tcp'

export type Path = readonly (string | number)[]
export type Draft = Record<string, unknown>

/** The path as the validation issues spell it: "apps.0.actions.1.port". */
export const pathKey = (path: Path): string => path.map(String).join('.')

/** The value at `path`, or undefined when any step is missing. */
export function getAt(root: unknown, path: Path): unknown {
  let node = root
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[step]
  }
  return node
}

/**
 * A copy of `root` with `value` at `path`; missing containers are created (arrays for number
 * steps). `undefined` removes an object key, so clearing an optional field drops it from the link.
 */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T
  const [step, ...rest] = path
  const node: unknown = root
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(node)
    ? [...node]
    : node !== null && typeof node === 'object'
      ? { ...(node as Record<string, unknown>) }
      : typeof step === 'number'
        ? []
        : {}
  const next = setAt((container as Record<string | number, unknown>)[step], rest, value)
  if (next === undefined && !Array.isArray(container)) delete (container as Record<string, unknown>)[step]
  else (container as Record<string | number, unknown>)[step] = next
  return container as T
}

/** A copy with the array element at `path` removed. */
export function removeAt<T>(root: T, path: Path): T {
  const parent = getAt(root, path.slice(0, -1))
  if (!Array.isArray(parent)) return root
  const index = path[path.length - 1] as number
  return setAt(
    root,
    path.slice(0, -1),
    parent.filter((_, i) => i !== index),
  )
}

/** A copy with `item` appended to the array at `path` (created when missing). */
export function appendAt<T>(root: T, path: Path, item: unknown): T {
  const list = getAt(root, path)
  return setAt(root, path, [...(Array.isArray(list) ? list : []), item])
}

/** A copy with the array element at `path` swapped with its neighbour `by` places away (±1); unchanged at an end. */
export function moveAt<T>(root: T, path: Path, by: -1 | 1): T {
  const parent = getAt(root, path.slice(0, -1))
  const from = path[path.length - 1] as number
  const to = from + by
  if (!Array.isArray(parent) || to < 0 || to >= parent.length) return root
  const list = [...parent]
  ;[list[from], list[to]] = [list[to], list[from]]
  return setAt(root, path.slice(0, -1), list)
}

const HOST_REFS = new Set(['host', 'to', 'from', 'spoofAs'])

/**
 * Renames a host, keeping its place in `hosts` (lanes are drawn in that order) and following every
 * reference to it: apps, connect targets, faults and their filters, expectations, links.
 */
export function renameHost(draft: Draft, from: string, to: string): Draft {
  const hosts = getAt(draft, ['hosts'])
  if (!hosts || typeof hosts !== 'object' || from === to || to in hosts) return draft
  const renamed = Object.fromEntries(Object.entries(hosts).map(([id, h]) => [id === from ? to : id, h]))
  const follow = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(follow)
    if (node === null || typeof node !== 'object') return node
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, HOST_REFS.has(k) && v === from ? to : follow(v)]),
    )
  }
  return Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, k === 'hosts' ? renamed : follow(v)]))
}

/** Two Linux hosts and nothing else: the blank page the form starts from. */
export function blankScenario(): ScenarioInput {
  return {
    name: 'my-scenario',
    seed: 1,
    hosts: { client: { ip: '10.0.0.1', profile: 'linux' }, server: { ip: '10.0.0.2', profile: 'linux' } },
    network: { latencyMs: 10, jitterMs: 0, loss: 0 },
    apps: [],
    faults: [],
  }
}

/** The next unused host id ("host3", "host4", …). */
export function freshHostId(draft: Draft): string {
  const taken = new Set(Object.keys((getAt(draft, ['hosts']) as object | undefined) ?? {}))
  let n = taken.size + 1
  while (taken.has(`host${n}`)) n++
  return `host${n}`
}
