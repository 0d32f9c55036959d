import 'server-only'
import { createSqliteClient, type PrismaClient } from './db-client'
import { defaultDatabaseUrl, isPostgresUrl } from './db-url'

async function createClient(): Promise<PrismaClient> {
  const url = process.env.DATABASE_URL || defaultDatabaseUrl()
  if (!isPostgresUrl(url)) return createSqliteClient(url)
  // HANDSHAKE_PG_CLIENT is replaced at build time (next.config.js): 'bundled' when the PostgreSQL
  // client has been generated, 'absent' on the SQLite default, where this branch is dead code and
  // the bundler never looks for that client. Imported here rather than at the top, so even a
  // build that has it loads it only when DATABASE_URL selects PostgreSQL.
  if (process.env.HANDSHAKE_PG_CLIENT === 'bundled') {
    const { createPgClient } = await import('./db-pg-client')
    return createPgClient(url)
  }
  throw new Error(
    'DATABASE_URL selects PostgreSQL, but this build has no PostgreSQL client. ' +
      'Start with `DATABASE_URL=postgresql://… npm start`, which generates it and rebuilds.',
  )
}

// One client per server process. `next dev` re-evaluates modules on every edit, so the client is
// parked on globalThis there; otherwise each reload would open another connection.
const globalForDb = globalThis as unknown as { handshakeDb?: PrismaClient }

/** The app's only Prisma client: SQLite by default, PostgreSQL when DATABASE_URL is postgres://. */
export const db: PrismaClient = globalForDb.handshakeDb ?? (await createClient())
if (process.env.NODE_ENV !== 'production') globalForDb.handshakeDb = db
