import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { seedQuestions } from './seed-questions'
import { sqliteTestDatabase } from './test-database'

const run = promisify(execFile)

describe('the question seed', () => {
  const store = sqliteTestDatabase('seed')

  it('loads the content index into the Question table and changes nothing when run again', async () => {
    const seed = () =>
      run('npx', ['tsx', 'prisma/seed.ts', 'lib/content/__fixtures__/valid'], {
        env: { ...process.env, DATABASE_URL: store.url },
      })
    expect((await seed()).stdout).toMatch(/1 in content, 1 inserted or updated/)
    const first = await store.db.question.findMany()
    expect((await seed()).stdout).toMatch(/1 in content, 0 inserted or updated/)
    expect(await store.db.question.findMany()).toEqual(first)
    expect(first).toHaveLength(1)
    expect(first[0].slug).toBe('syn-basics')
    expect(first[0].contentHash).toMatch(/^[0-9a-f]{64}$/)
  }, 60_000)

  it('updates the slug and hash of a changed question and keeps questions no longer in content', async () => {
    await seedQuestions(store.db, [
      { id: 'q-a', slug: 'a', contentHash: '1' },
      { id: 'q-b', slug: 'b', contentHash: '1' },
    ])
    const result = await seedQuestions(store.db, [{ id: 'q-a', slug: 'a-renamed', contentHash: '2' }])
    expect(result).toEqual({ total: 1, written: 1 })
    const rows = await store.db.question.findMany({
      where: { id: { in: ['q-a', 'q-b'] } },
      orderBy: { id: 'asc' },
    })
    expect(rows.map((q) => [q.id, q.slug, q.contentHash])).toEqual([
      ['q-a', 'a-renamed', '2'],
      ['q-b', 'b', '1'],
    ])
  })
})
