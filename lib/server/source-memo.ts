/**
 * One value per key (a content file and locale, say), kept while the text it was computed from is
 * unchanged: an edited file recomputes its own entry, so development sees the change at once, and
 * the map never holds more entries than there are keys. A promise that rejects is dropped, so the
 * next call tries again (and reports the error again).
 *
 * Question pages are rendered on every request (each response carries its own CSP nonce and the
 * layout reads cookies), so whatever they derive from the MDX source is worth keeping (issue #16).
 */
export function createSourceMemo<T>(): (key: string, source: string, compute: () => T) => T {
  const entries = new Map<string, { source: string; value: T }>()
  return (key, source, compute) => {
    const hit = entries.get(key)
    if (hit?.source === source) return hit.value
    const value = compute()
    entries.set(key, { source, value })
    if (value instanceof Promise)
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key)
      })
    return value
  }
}
