/**
 * The questions list's filters as they travel in the URL (`/questions?topic=…&difficulty=…&status=…&q=…`),
 * so a filtered list can be shared and the back button restores it. A value that is not one the
 * list knows is dropped rather than refused: a stale or hand-edited link still shows a list.
 */
import { z } from 'zod'
import { Difficulty } from '@/lib/content/schema'
import { TOPICS } from '@/lib/content/topics'
import { type QuestionFilter } from './question-status'

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v)
const param = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined)

const querySchema = z.object({
  q: param(z.string().trim().max(200)),
  topic: param(z.enum(TOPICS)),
  difficulty: param(Difficulty),
  status: param(z.enum(['new', 'due', 'learned'])),
})

export function parseQuestionQuery(params: Record<string, string | string[] | undefined>): QuestionFilter {
  const { q, topic, difficulty, status } = querySchema.parse(params)
  return { search: q || undefined, topic, difficulty, status }
}
