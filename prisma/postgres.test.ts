import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPgClient } from '@/lib/server/db-pg-client'
import { type PrismaClient } from '@/lib/server/generated/prisma/client'
import { migrateDeploy, studyRecordTests } from './test-support'

// `npm test` starts a local PostgreSQL and sets PG_DATABASE_URL (scripts/pg-up.sh). This suite
// migrates a database of its own on that server, so it never disturbs whatever the URL names.
const serverUrl = process.env.PG_DATABASE_URL

describe.skipIf(!serverUrl)('the PostgreSQL database (scale-out path)', () => {
  const name = `handshake_vitest_${randomUUID().replace(/-/g, '')}`
  const url = new URL(serverUrl ?? 'postgresql://unused')
  url.pathname = `/${name}`
  let db: PrismaClient

  async function admin(sql: string) {
    const client = new pg.Client({ connectionString: serverUrl })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}"`)
    await migrateDeploy({ PG_DATABASE_URL: url.toString() }, 'prisma.config.pg.ts')
    db = createPgClient(url.toString())
  }, 120_000)

  afterAll(async () => {
    await db?.$disconnect()
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  })

  it('is migrated by prisma migrate deploy to an empty, usable schema', async () => {
    expect(await db.user.count()).toBe(0)
    expect(await db.question.count()).toBe(0)
  })

  describe('study records', () => studyRecordTests(() => db))
})
