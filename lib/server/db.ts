import 'server-only'
import { createSqliteClient, type PrismaClient } from './db-client'
import { createPgClient } from './db-pg-client'
import { defaultDatabaseUrl, isPostgresUrl } from './db-url'

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL || defaultDatabaseUrl()
  return isPostgresUrl(url) ? createPgClient(url) : createSqliteClient(url)
}

// One client per server process. `next dev` re-evaluates modules on every edit, so the client is
// parked on globalThis there; otherwise each reload would open another connection.
const globalForDb = globalThis as unknown as { handshakeDb?: PrismaClient }

/** The app's only Prisma client: SQLite by default, PostgreSQL when DATABASE_URL is postgres://. */
export const db: PrismaClient = globalForDb.handshakeDb ?? createClient()
if (process.env.NODE_ENV !== 'production') globalForDb.handshakeDb = db
