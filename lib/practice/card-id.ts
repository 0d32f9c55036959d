/**
 * Card ids: one review card per thing a learner can be asked, derived from ids the content keeps
 * stable (the question's frontmatter `id`, quiz item ids, prediction ids), never from the slug or
 * a position, so renaming a folder or reordering items never orphans a learner's progress.
 *
 *   <questionId>:recall              front: the question, back: its TL;DR (self-graded)
 *   <questionId>:quiz:<itemId>       one quiz item (auto-graded)
 *   <questionId>:predict:<predictId> one simulation prediction (auto-graded against the engine)
 */
import { z } from 'zod'

export type CardKind = 'recall' | 'quiz' | 'predict'

const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*'
const CARD_ID = new RegExp(`^(${KEBAB}):(?:(recall)|(quiz|predict):(${KEBAB}))$`)

/** A card id as it travels through forms, storage and the database. */
export const cardIdSchema = z.string().max(200).regex(CARD_ID, 'not a card id')
export type CardId = string

export interface ParsedCardId {
  readonly questionId: string
  readonly kind: CardKind
  /** The quiz item or prediction id; absent for the recall card. */
  readonly itemId?: string
}

export function recallCardId(questionId: string): CardId {
  return `${questionId}:recall`
}

export function quizCardId(questionId: string, itemId: string): CardId {
  return `${questionId}:quiz:${itemId}`
}

export function predictCardId(questionId: string, predictionId: string): CardId {
  return `${questionId}:predict:${predictionId}`
}

/** The parts of a card id, or null when the string is not one. */
export function parseCardId(id: string): ParsedCardId | null {
  const m = CARD_ID.exec(id)
  if (!m) return null
  if (m[2]) return { questionId: m[1], kind: 'recall' }
  return { questionId: m[1], kind: m[3] as 'quiz' | 'predict', itemId: m[4] }
}
