import { z } from 'zod'

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

export const QuizItem = z.strictObject({
  id: kebab,
  prompt: z.string().trim().min(1),
  choices: z
    .array(QuizChoice)
    .min(2)
    .max(6)
    .refine((choices) => choices.filter((c) => c.correct).length === 1, 'exactly one choice must be correct')
    .refine((choices) => new Set(choices.map((c) => c.id)).size === choices.length, 'choice ids must be unique'),
})
export type QuizItem = z.infer<typeof QuizItem>

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
  topics: z.array(kebab).min(1),
  difficulty: Difficulty,
  simulation: z.strictObject({ scenario: kebab }).optional(),
  quiz: z
    .array(QuizItem)
    .min(1)
    .refine((items) => new Set(items.map((q) => q.id)).size === items.length, 'quiz ids must be unique'),
  sources: z.array(Source).min(1),
})
export type QuestionFrontmatter = z.infer<typeof QuestionFrontmatter>

/** A folder name under content/questions: the question's URL segment. */
export const Slug = kebab
