/**
 * Reading and writing a scenario by dotted path ("hosts.server.params.timeWaitMs",
 * "faults[0].ratePerSec"), immutably. Missing objects on the way are created, so a path may name
 * a parameter the scenario inherits from its profile; an array index must already exist.
 */

export class PathError extends Error {}

/** "faults[0].ratePerSec" → ["faults", "0", "ratePerSec"]. */
export function splitPath(path: string): string[] {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '')
  if (parts.length === 0) throw new PathError(`empty path "${path}"`)
  return parts
}

type Json = unknown

/** The value at `path`, or undefined when any step is missing. */
export function getPath(root: Json, path: string): Json {
  let cur: Json = root
  for (const key of splitPath(path)) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, Json>)[key]
  }
  return cur
}

/** A copy of `root` with `value` at `path`; the input is not modified. */
export function setPath<T>(root: T, path: string, value: Json): T {
  const parts = splitPath(path)
  const go = (node: Json, i: number, at: string): Json => {
    const key = parts[i]
    const here = at ? `${at}.${key}` : key
    if (Array.isArray(node)) {
      const idx = Number(key)
      if (!Number.isInteger(idx) || idx < 0 || idx >= node.length)
        throw new PathError(`${here}: no such index (the list has ${node.length} entries)`)
      const copy = [...node]
      copy[idx] = i === parts.length - 1 ? value : go(node[idx], i + 1, here)
      return copy
    }
    if (node !== undefined && (node === null || typeof node !== 'object'))
      throw new PathError(`${at}: is a ${typeof node}, not an object`)
    const obj = (node ?? {}) as Record<string, Json>
    return { ...obj, [key]: i === parts.length - 1 ? value : go(obj[key], i + 1, here) }
  }
  return go(root, 0, '') as T
}
