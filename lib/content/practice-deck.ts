/**
 * The practice deck in one locale: every review card the content offers (lib/practice/cards.ts)
 * with what it shows. Reads the question files; the pages call it, and pass plain data to the
 * review and quiz components.
 */
import { type Locale } from '@/lib/i18n/locales'
import { cardsOf, type CardSource, type PracticeCard } from '@/lib/practice/cards'
import { type SimOverrides } from '@/lib/sim-view/overrides'
import { parsePrediction, type Prediction } from '@/lib/sim-view/prediction'
import { simulationProps } from '@/lib/sim-view/embed'
import { findEmbeds } from './embeds'
import { loadQuestion, loadQuestionIndex, QUESTIONS_DIR } from './loader'
import { type QuizItem } from './schema'

/** A prediction as its review card replays it: the embed's scenario and overrides, and the question. */
export interface PredictionEmbed {
  readonly id: string
  readonly scenario: string
  readonly overrides?: SimOverrides
  readonly predict: Prediction
}

export type CardContent =
  | { readonly kind: 'recall'; readonly answer: string }
  | { readonly kind: 'quiz'; readonly item: QuizItem }
  | { readonly kind: 'predict'; readonly embed: PredictionEmbed }

export interface DeckEntry {
  readonly card: PracticeCard
  /** The question's title, in the locale. */
  readonly title: string
  readonly content: CardContent
}

/** The `<Simulation predict={…} />` embeds of a body that carry an id, in body order. */
export function predictionEmbeds(body: string): Promise<PredictionEmbed[]> {
  // Finding embeds parses the MDX, the slow part of building a deck (about 9 s a request for 31
  // questions on the test machine, for /review and /practice alike). A body's embeds depend on its
  // text alone, so they are kept by text: an edited file is parsed again, an unchanged one never.
  let found = embedsByBody.get(body)
  if (!found) {
    if (embedsByBody.size >= MAX_CACHED_BODIES) embedsByBody.clear()
    found = parsePredictionEmbeds(body)
    embedsByBody.set(body, found)
    found.catch(() => embedsByBody.delete(body))
  }
  return found
}

const MAX_CACHED_BODIES = 1_000
const embedsByBody = new Map<string, Promise<PredictionEmbed[]>>()

async function parsePredictionEmbeds(body: string): Promise<PredictionEmbed[]> {
  const embeds = await findEmbeds(body, 1, 'Simulation')
  return embeds.flatMap((embed): PredictionEmbed[] => {
    const props = simulationProps.safeParse(embed.props)
    const parsed = parsePrediction(embed.props.predict)
    if (!props.success || !parsed.ok || !parsed.prediction.id) return []
    const { scenario, overrides } = props.data
    return [{ id: parsed.prediction.id, scenario, overrides, predict: parsed.prediction }]
  })
}

export async function loadPracticeDeck(locale: Locale, root: string = QUESTIONS_DIR): Promise<DeckEntry[]> {
  const index = await loadQuestionIndex(root)
  const questions = await Promise.all(index.map((meta) => loadQuestion(meta.slug, locale, root)))
  const deck: DeckEntry[] = []
  for (const question of questions) {
    if (!question) continue
    const { meta, frontmatter } = question
    const predictions = await predictionEmbeds(question.source)
    const source: CardSource = {
      questionId: meta.id,
      slug: meta.slug,
      topics: meta.topics,
      difficulty: meta.difficulty,
      quiz: frontmatter.quiz.map((item) => ({ id: item.id, kind: item.kind })),
      predictions: predictions.map((p) => p.id),
    }
    for (const card of cardsOf(source)) {
      const content: CardContent =
        card.kind === 'recall'
          ? { kind: 'recall', answer: meta.summary[locale] }
          : card.kind === 'quiz'
            ? { kind: 'quiz', item: frontmatter.quiz.find((i) => i.id === card.itemId)! }
            : { kind: 'predict', embed: predictions.find((p) => p.id === card.itemId)! }
      deck.push({ card, title: meta.title[locale], content })
    }
  }
  return deck
}
