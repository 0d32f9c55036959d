// Shared by the SQLite and PostgreSQL database tests: migrate a fresh database with the real CLI,
// then run the same data-access code on it.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs'
import { appendReviewLog, upsertCardState } from '@/lib/server/db-study'
import { type PrismaClient } from '@/lib/server/generated/prisma/client'
import { createPasswordUser } from '@/lib/server/users'

const run = promisify(execFile)

/** `prisma migrate deploy` exactly as the start and test scripts run it. */
export async function migrateDeploy(env: Record<string, string>, config?: string): Promise<string> {
  const args = ['prisma', 'migrate', 'deploy', ...(config ? ['--config', config] : [])]
  const { stdout } = await run('npx', args, { env: { ...process.env, CHECKPOINT_DISABLE: '1', ...env } })
  return stdout
}

/**
 * The journey every store must support: a user reviews a question, the card is saved twice
 * (create, then update) and the review is submitted twice with one idempotency key.
 */
export async function exerciseStudyRecords(db: PrismaClient) {
  const question = await db.question.create({
    data: { id: 'q-test', slug: 'test-question', contentHash: 'h1' },
  })
  const user = await createPasswordUser(db, { name: 'Ada', email: ' Ada@Example.com ', passwordHash: 'x' })

  const scheduler = fsrs(generatorParameters({ enable_fuzz: false }))
  const start = new Date('2026-01-01T00:00:00Z')
  const first = scheduler.next(createEmptyCard(start), start, Rating.Good)
  const second = scheduler.next(first.card, first.card.due, Rating.Good)

  await upsertCardState(db, user.id, question.id, first.card)
  const card = await upsertCardState(db, user.id, question.id, second.card)

  const input = { userId: user.id, questionId: question.id, idempotencyKey: 'review-1', log: first.log }
  const firstAppend = await appendReviewLog(db, input)
  const retry = await appendReviewLog(db, input)

  return {
    user,
    card,
    expectedCard: second.card,
    cardCount: await db.cardState.count({ where: { userId: user.id } }),
    firstAppend,
    retry,
    logCount: await db.reviewLog.count({ where: { userId: user.id } }),
  }
}
