/**
 * The review deck: every card the content offers, derived from the question index. Pure: the
 * caller reads the content (lib/content) and passes what each question contains.
 */
import { type CardId, type CardKind, predictCardId, quizCardId, recallCardId } from './card-id'

export type Difficulty = 'easy' | 'medium' | 'hard'

/** What card derivation needs to know about one question. */
export interface CardSource {
  readonly questionId: string
  readonly slug: string
  readonly topics: readonly string[]
  readonly difficulty: Difficulty
  /** Quiz items in frontmatter order, with their kind (multiple choice or ordering). */
  readonly quiz: readonly { readonly id: string; readonly kind: 'choice' | 'ordering' }[]
  /** Prediction ids of the `<Simulation predict={…} />` embeds in the body, in body order. */
  readonly predictions: readonly string[]
}

export interface PracticeCard {
  readonly id: CardId
  readonly questionId: string
  readonly slug: string
  readonly kind: CardKind
  /** For quiz cards, the item's kind; absent for recall and prediction cards. */
  readonly quizKind?: 'choice' | 'ordering'
  /** Quiz item or prediction id. */
  readonly itemId?: string
  readonly topics: readonly string[]
  readonly difficulty: Difficulty
}

/** One question's cards: its recall card, then its quiz items, then its predictions. */
export function cardsOf(q: CardSource): PracticeCard[] {
  const base = { questionId: q.questionId, slug: q.slug, topics: q.topics, difficulty: q.difficulty }
  return [
    { ...base, id: recallCardId(q.questionId), kind: 'recall' },
    ...q.quiz.map((item): PracticeCard => ({
      ...base,
      id: quizCardId(q.questionId, item.id),
      kind: 'quiz',
      quizKind: item.kind,
      itemId: item.id,
    })),
    ...q.predictions.map((id): PracticeCard => ({
      ...base,
      id: predictCardId(q.questionId, id),
      kind: 'predict',
      itemId: id,
    })),
  ]
}

/**
 * The whole deck in content order. Throws on a duplicate card id, which only a content bug can
 * cause (the content check refuses duplicate question, item and prediction ids).
 */
export function deriveDeck(sources: readonly CardSource[]): PracticeCard[] {
  const deck = sources.flatMap(cardsOf)
  const seen = new Set<string>()
  for (const card of deck) {
    if (seen.has(card.id)) throw new Error(`duplicate card id ${card.id}`)
    seen.add(card.id)
  }
  return deck
}
