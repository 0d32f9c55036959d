import { describe, expect, it } from 'vitest'
import { sqliteTestDatabase } from './test-database'
import { studyRecordTests } from './test-support'

describe('the SQLite database', () => {
  const store = sqliteTestDatabase('sqlite')

  it('is migrated by prisma migrate deploy to an empty, usable schema', async () => {
    expect(await store.db.user.count()).toBe(0)
    expect(await store.db.question.count()).toBe(0)
  })

  it('runs in WAL mode with foreign keys enforced', async () => {
    const [journal] = await store.db.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode')
    const [keys] = await store.db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>('PRAGMA foreign_keys')
    expect(journal.journal_mode).toBe('wal')
    expect(Number(keys.foreign_keys)).toBe(1)
  })

  describe('study records', () => studyRecordTests(() => store.db))

  it('deletes a user’s cards and reviews with the user but keeps their quiz attempts anonymously', async () => {
    const user = await store.db.user.findFirstOrThrow({ where: { cardStates: { some: {} } } })
    const questionId = (await store.db.question.findFirstOrThrow()).id
    const attempt = await store.db.quizAttempt.create({
      data: { userId: user.id, questionId, cardId: `${questionId}:quiz:a`, answer: 'b', correct: true },
    })
    await store.db.user.delete({ where: { id: user.id } })
    expect(await store.db.cardState.count({ where: { userId: user.id } })).toBe(0)
    expect(await store.db.reviewLog.count({ where: { userId: user.id } })).toBe(0)
    expect(
      await store.db.quizAttempt.findUnique({ where: { id: attempt.id }, select: { userId: true } }),
    ).toEqual({
      userId: null,
    })
  })
})
