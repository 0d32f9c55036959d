import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSqliteClient } from '@/lib/server/db-client'
import { type PrismaClient } from '@/lib/server/generated/prisma/client'
import { migrateDeploy, studyRecordTests } from './test-support'

describe('the SQLite database', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'handshake-sqlite-'))
  const url = `file:${path.join(dir, 'test.db')}`
  let db: PrismaClient

  beforeAll(async () => {
    await migrateDeploy({ DATABASE_URL: url })
    db = createSqliteClient(url)
  }, 60_000)

  afterAll(async () => {
    await db?.$disconnect()
    rmSync(dir, { recursive: true, force: true })
  })

  it('is migrated by prisma migrate deploy to an empty, usable schema', async () => {
    expect(await db.user.count()).toBe(0)
    expect(await db.question.count()).toBe(0)
  })

  it('runs in WAL mode with foreign keys enforced', async () => {
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode')
    const [keys] = await db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>('PRAGMA foreign_keys')
    expect(journal.journal_mode).toBe('wal')
    expect(Number(keys.foreign_keys)).toBe(1)
  })

  describe('study records', () => studyRecordTests(() => db))

  it('deletes a user’s cards and reviews with the user but keeps their quiz attempts anonymously', async () => {
    const user = await db.user.findFirstOrThrow({ where: { cardStates: { some: {} } } })
    const questionId = (await db.question.findFirstOrThrow()).id
    const attempt = await db.quizAttempt.create({
      data: { userId: user.id, questionId, cardId: `${questionId}:quiz:a`, answer: 'b', correct: true },
    })
    await db.user.delete({ where: { id: user.id } })
    expect(await db.cardState.count({ where: { userId: user.id } })).toBe(0)
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0)
    expect(await db.quizAttempt.findUnique({ where: { id: attempt.id }, select: { userId: true } })).toEqual({
      userId: null,
    })
  })
})
