import { z } from 'zod'
import { TOPICS } from './topics'

// Ids and slugs end up in URLs and database keys, so they stay lowercase ASCII with hyphens.
const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens')

export const Difficulty = z.enum(['easy', 'medium', 'hard'])
export type Difficulty = z.infer<typeof Difficulty>

export const QuizChoice = z.strictObject({
  id: kebab,
  text: z.string().trim().min(1),
  correct: z.boolean().default(false),
  // Every option explains itself, so a wrong pick still teaches something.
  explanation: z.string().trim().min(1),
})
export type QuizChoice = z.infer<typeof QuizChoice>

const uniqueIds = (items: { id: string }[]) => new Set(items.map((c) => c.id)).size === items.length

/** A multiple-choice item. Written without `kind` (the original format), or with `kind: choice`. */
export const ChoiceItem = z.strictObject({
  kind: z.literal('choice'),
  id: kebab,
  prompt: z.string().trim().min(1),
  choices: z
    .array(QuizChoice)
    .min(2)
    .max(6)
    .refine((choices) => choices.filter((c) => c.correct).length === 1, 'exactly one choice must be correct')
    .refine(uniqueIds, 'choice ids must be unique'),
})
export type ChoiceItem = z.infer<typeof ChoiceItem>

/** One segment or state of an ordering item. */
export const OrderingStep = z.strictObject({ id: kebab, text: z.string().trim().min(1) })
export type OrderingStep = z.infer<typeof OrderingStep>

/**
 * Put segments or states in order. `steps` are written in the correct order; learners see them
 * shuffled. One explanation covers the whole sequence, since the lesson is the order itself.
 */
export const OrderingItem = z.strictObject({
  kind: z.literal('ordering'),
  id: kebab,
  prompt: z.string().trim().min(1),
  steps: z.array(OrderingStep).min(3).max(8).refine(uniqueIds, 'step ids must be unique'),
  explanation: z.string().trim().min(1),
})
export type OrderingItem = z.infer<typeof OrderingItem>

// Items written before ordering existed have no `kind`: they are multiple choice. Filling it in
// first lets a discriminated union report the chosen kind's own errors (not "matches no option").
const withKind = (value: unknown) =>
  value !== null && typeof value === 'object' && !('kind' in value) ? { kind: 'choice', ...value } : value

export const QuizItem = z.preprocess(withKind, z.discriminatedUnion('kind', [ChoiceItem, OrderingItem]))
export type QuizItem = z.infer<typeof QuizItem>

export const Topic = z.enum(TOPICS, { error: () => `unknown topic; use one of: ${TOPICS.join(', ')}` })

export const Source = z.strictObject({
  label: z.string().trim().min(1),
  url: z.url({ protocol: /^https?$/ }),
})
export type Source = z.infer<typeof Source>

/** The YAML frontmatter of one `content/questions/<slug>/<locale>.mdx` file. */
export const QuestionFrontmatter = z.strictObject({
  id: kebab,
  /** A draft is shown in development and on /author, never to learners in production. */
  draft: z.boolean().default(false),
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  topics: z.array(Topic).min(1),
  difficulty: Difficulty,
  simulation: z.strictObject({ scenario: kebab }).optional(),
  quiz: z
    .array(QuizItem)
    .min(1)
    .refine(uniqueIds, 'quiz ids must be unique'),
  sources: z.array(Source).min(1),
})
export type QuestionFrontmatter = z.infer<typeof QuestionFrontmatter>

/** A folder name under content/questions: the question's URL segment. */
export const Slug = kebab
