import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSqliteClient } from '@/lib/server/db-client'
import { type PrismaClient } from '@/lib/server/generated/prisma/client'
import { seedQuestions } from './seed-questions'
import { migrateDeploy } from './test-support'

const run = promisify(execFile)

describe('the question seed', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'handshake-seed-'))
  const url = `file:${path.join(dir, 'seed.db')}`
  let db: PrismaClient

  beforeAll(async () => {
    await migrateDeploy({ DATABASE_URL: url })
    db = createSqliteClient(url)
  }, 60_000)

  afterAll(async () => {
    await db?.$disconnect()
    rmSync(dir, { recursive: true, force: true })
  })

  it('loads the content index into the Question table and changes nothing when run again', async () => {
    const seed = () =>
      run('npx', ['tsx', 'prisma/seed.ts', 'lib/content/__fixtures__/valid'], {
        env: { ...process.env, DATABASE_URL: url },
      })
    expect((await seed()).stdout).toMatch(/1 in content, 1 inserted or updated/)
    const first = await db.question.findMany()
    expect((await seed()).stdout).toMatch(/1 in content, 0 inserted or updated/)
    expect(await db.question.findMany()).toEqual(first)
    expect(first).toHaveLength(1)
    expect(first[0].slug).toBe('syn-basics')
    expect(first[0].contentHash).toMatch(/^[0-9a-f]{64}$/)
  }, 60_000)

  it('updates the slug and hash of a changed question and keeps questions no longer in content', async () => {
    await seedQuestions(db, [
      { id: 'q-a', slug: 'a', contentHash: '1' },
      { id: 'q-b', slug: 'b', contentHash: '1' },
    ])
    const result = await seedQuestions(db, [{ id: 'q-a', slug: 'a-renamed', contentHash: '2' }])
    expect(result).toEqual({ total: 1, written: 1 })
    const rows = await db.question.findMany({ where: { id: { in: ['q-a', 'q-b'] } }, orderBy: { id: 'asc' } })
    expect(rows.map((q) => [q.id, q.slug, q.contentHash])).toEqual([
      ['q-a', 'a-renamed', '2'],
      ['q-b', 'b', '1'],
    ])
  })
})
