/**
 * Auto-graded cards (quiz items, predictions) turn right/wrong into an FSRS rating. The rule and
 * its reasons are in docs/decisions/008-auto-grade-ratings.md:
 *
 * - wrong → Again;
 * - right → Good;
 * - right, fast, and the card already graduated to Review → Easy.
 *
 * Hard is never given automatically: only the learner can say "I got it, but it was a struggle".
 */
import { Rating, State, type Grade } from './scheduler'

/** Under this many ms per kind, a right answer counts as fast. */
export const FAST_ANSWER_MS = {
  choice: 8_000,
  ordering: 15_000,
  predict: 10_000,
} as const

export type AutoGradedKind = keyof typeof FAST_ANSWER_MS

export function autoRating(answer: {
  readonly correct: boolean
  readonly kind: AutoGradedKind
  /** From showing the card to submitting the answer. */
  readonly elapsedMs: number
  /** The card's state before this answer. */
  readonly state: State
}): Grade {
  if (!answer.correct) return Rating.Again
  // A first sight that is right may be a lucky guess among four choices; Easy would then push
  // the card out by a week or more on luck. Speed only counts once the card has proven itself.
  const fast = answer.elapsedMs >= 0 && answer.elapsedMs < FAST_ANSWER_MS[answer.kind]
  return fast && answer.state === State.Review ? Rating.Easy : Rating.Good
}
