import { type PrismaClient } from '@/lib/server/generated/prisma/client'

/** The part of the content index the database keeps. */
export type QuestionRow = { id: string; slug: string; contentHash: string }

/**
 * Makes the Question table match the content index: inserts new questions and updates the slug
 * and hash of changed ones; running it again changes nothing. Questions removed from content are
 * kept, because learners' cards and review history point at them.
 */
export async function seedQuestions(
  db: Pick<PrismaClient, 'question' | '$transaction'>,
  questions: QuestionRow[],
) {
  const existing = new Map(
    (await db.question.findMany({ select: { id: true, slug: true, contentHash: true } })).map((q) => [
      q.id,
      q,
    ]),
  )
  const changed = questions.filter((q) => {
    const row = existing.get(q.id)
    return !row || row.slug !== q.slug || row.contentHash !== q.contentHash
  })
  await db.$transaction(
    changed.map(({ id, slug, contentHash }) =>
      db.question.upsert({ where: { id }, create: { id, slug, contentHash }, update: { slug, contentHash } }),
    ),
  )
  return { total: questions.length, written: changed.length }
}
