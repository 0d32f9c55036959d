/** Checking a learner's answer to a quiz item: pure, so the server can re-check what a client says. */
import { type ChoiceItem, type OrderingItem } from '@/lib/content/schema'

export function isRightChoice(item: ChoiceItem, choiceId: string): boolean {
  return item.choices.some((c) => c.id === choiceId && c.correct)
}

/** An order is right when every step is in its written place. */
export function isRightOrder(item: OrderingItem, order: readonly string[]): boolean {
  return order.length === item.steps.length && item.steps.every((s, i) => order[i] === s.id)
}

/** How many steps sit in their right place (for feedback; grading is all or nothing). */
export function placedRight(item: OrderingItem, order: readonly string[]): number {
  return item.steps.filter((s, i) => order[i] === s.id).length
}

/**
 * The order a learner first sees: a deterministic shuffle seeded by the item id (the server and
 * the browser render the same page), never the answer itself.
 */
export function initialOrder(item: OrderingItem): string[] {
  const ids = item.steps.map((s) => s.id)
  let seed = 2166136261
  for (const ch of item.id) seed = Math.imul(seed ^ ch.charCodeAt(0), 16777619) >>> 0
  const next = () => {
    // xorshift32: tiny and good enough to shuffle a handful of steps.
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    seed >>>= 0
    return seed / 2 ** 32
  }
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[ids[i], ids[j]] = [ids[j], ids[i]]
  }
  // A shuffle that lands on the answer gives it away: rotate by one instead.
  if (ids.every((id, i) => id === item.steps[i].id)) ids.push(ids.shift()!)
  return ids
}

/** Moves the step at `from` one place up (-1) or down (+1); out-of-range moves change nothing. */
export function moveStep(order: readonly string[], from: number, by: -1 | 1): string[] {
  const to = from + by
  if (from < 0 || from >= order.length || to < 0 || to >= order.length) return [...order]
  const next = [...order]
  ;[next[from], next[to]] = [next[to], next[from]]
  return next
}
