/**
 * Quiz sessions (/practice): a learner picks topics, difficulties and a length, and gets a mix of
 * auto-graded cards (multiple choice, ordering, predictions). Pure and seeded, so a session can
 * be rebuilt from its options and seed, and tested.
 */
import { z } from 'zod'
import { type Difficulty, type PracticeCard } from './cards'

export const quizSessionOptionsSchema = z.strictObject({
  topics: z.array(z.string().max(40)).max(30).default([]),
  difficulties: z
    .array(z.enum(['easy', 'medium', 'hard']))
    .max(3)
    .default([]),
  length: z.number().int().min(1).max(30).default(5),
  /** Any 32-bit integer; the same seed and options give the same session. */
  seed: z.number().int().default(1),
})
export type QuizSessionOptions = z.infer<typeof quizSessionOptionsSchema>

type Kind = 'choice' | 'ordering' | 'predict'
const kindOf = (card: PracticeCard): Kind | null =>
  card.kind === 'predict' ? 'predict' : card.kind === 'quiz' ? (card.quizKind ?? 'choice') : null

/** A small seeded generator (mulberry32): sessions differ run to run but replay from their seed. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/**
 * The session's cards: auto-graded cards matching the filters (no filter = everything), shuffled,
 * then dealt round-robin across kinds so a session mixes choice, ordering and prediction items
 * whenever the filters leave more than one kind.
 */
export function pickSessionCards(deck: readonly PracticeCard[], options: QuizSessionOptions): PracticeCard[] {
  const topics = new Set(options.topics)
  const levels = new Set<Difficulty>(options.difficulties)
  const next = random(options.seed)
  const byKind = new Map<Kind, PracticeCard[]>()
  for (const card of shuffle(deck, next)) {
    const kind = kindOf(card)
    if (!kind) continue
    if (topics.size && !card.topics.some((t) => topics.has(t))) continue
    if (levels.size && !levels.has(card.difficulty)) continue
    byKind.set(kind, [...(byKind.get(kind) ?? []), card])
  }
  const piles = shuffle([...byKind.values()], next)
  const picked: PracticeCard[] = []
  while (picked.length < options.length && piles.some((p) => p.length)) {
    for (const pile of piles) {
      const card = pile.shift()
      if (card && picked.length < options.length) picked.push(card)
    }
  }
  return picked
}

export interface SessionScore {
  readonly right: number
  readonly total: number
  /** Card ids answered wrong, in the order they were asked: offered for review. */
  readonly wrong: string[]
}

export function scoreSession(
  answers: readonly { readonly cardId: string; readonly correct: boolean }[],
): SessionScore {
  return {
    right: answers.filter((a) => a.correct).length,
    total: answers.length,
    wrong: answers.filter((a) => !a.correct).map((a) => a.cardId),
  }
}
