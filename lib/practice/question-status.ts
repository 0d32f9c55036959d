/**
 * The questions list's learner status and filters (pure, and light enough for the browser: no
 * zod, no ts-fsrs at run time, since visitors' statuses are computed there):
 * - new: none of the question's cards studied yet;
 * - due: at least one studied card due before the end of the learner's local day;
 * - learned: studied, and nothing due today.
 * Search matches titles, summaries (the TL;DR) and body text in every locale, so a learner can
 * type English or Chinese whatever language the page is in.
 */
import { type Difficulty } from './cards'
import { localDayBounds } from './day'
import { type Card } from './scheduler'

/** ts-fsrs's State.New (question-status.test.ts checks it stays so). */
export const STATE_NEW = 0

/** The question a card belongs to: card ids start with `<questionId>:` (lib/practice/card-id.ts). */
const questionOf = (cardId: string) => cardId.slice(0, Math.max(0, cardId.indexOf(':')))

export type QuestionStatus = 'new' | 'due' | 'learned'

export function questionStatuses(
  cards: ReadonlyMap<string, Pick<Card, 'state' | 'due'>>,
  now: Date,
  timeZone: string,
): Map<string, Exclude<QuestionStatus, 'new'>> {
  const { end } = localDayBounds(now, timeZone)
  const out = new Map<string, Exclude<QuestionStatus, 'new'>>()
  for (const [cardId, card] of cards) {
    const questionId = questionOf(cardId)
    if (!questionId || card.state === STATE_NEW) continue
    if (card.due < end) out.set(questionId, 'due')
    else if (!out.has(questionId)) out.set(questionId, 'learned')
  }
  return out
}

export interface ListedQuestion {
  readonly id: string
  readonly topics: readonly string[]
  readonly difficulty: Difficulty
  /** Title, summary and (optionally) the body as plain text, per locale. */
  readonly text: Readonly<
    Record<string, { readonly title: string; readonly summary: string; readonly body?: string }>
  >
}

export interface QuestionFilter {
  readonly topic?: string
  readonly difficulty?: Difficulty
  readonly status?: QuestionStatus
  readonly search?: string
}

/** Case- and width-insensitive form for search (NFKC folds full-width letters typed with a CJK IME). */
const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase()

export function filterQuestions<Q extends ListedQuestion>(
  questions: readonly Q[],
  statuses: ReadonlyMap<string, QuestionStatus>,
  filter: QuestionFilter,
): Q[] {
  const words = fold(filter.search ?? '')
    .split(/\s+/)
    .filter(Boolean)
  return questions.filter((q) => {
    if (filter.topic && !q.topics.includes(filter.topic)) return false
    if (filter.difficulty && q.difficulty !== filter.difficulty) return false
    if (filter.status && (statuses.get(q.id) ?? 'new') !== filter.status) return false
    if (!words.length) return true
    const haystack = fold(
      Object.values(q.text)
        .flatMap((t) => [t.title, t.summary, t.body ?? ''])
        .join('\n'),
    )
    return words.every((w) => haystack.includes(w))
  })
}
