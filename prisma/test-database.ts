// A throw-away SQLite database for a test file: the set-up the database tests all need.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { createSqliteClient } from '@/lib/server/db-client'
import { type PrismaClient } from '@/lib/server/generated/prisma/client'
import { migrateDeploy } from './test-support'

export interface TestDatabase {
  /** The folder the database lives in, deleted with it; tests may put their own files here. */
  readonly dir: string
  /** Its DATABASE_URL, for a child process (the seed, a CLI) to open the same file. */
  readonly url: string
  /** The client, from the tests on (it does not exist while the file is being collected). */
  readonly db: PrismaClient
}

/**
 * Registers, in the calling file or describe block, a fresh SQLite database migrated by the real
 * `prisma migrate deploy` before its tests, and disconnected and deleted after them.
 */
export function sqliteTestDatabase(name: string): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), `handshake-${name}-`))
  const url = `file:${path.join(dir, `${name}.db`)}`
  let client: PrismaClient | undefined
  beforeAll(async () => {
    await migrateDeploy({ DATABASE_URL: url })
    client = createSqliteClient(url)
  }, 60_000)
  afterAll(async () => {
    await client?.$disconnect()
    rmSync(dir, { recursive: true, force: true })
  })
  return {
    dir,
    url,
    get db() {
      if (!client) throw new Error(`the ${name} test database is used before its tests began`)
      return client
    },
  }
}
