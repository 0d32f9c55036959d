import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from './generated/prisma/client'

/**
 * better-sqlite3 with the per-connection settings Handshake relies on. SQLite forgets
 * foreign_keys and busy_timeout on every new connection, so they are set here, on connect:
 * - journal_mode=WAL lets the web server read while a seed or migration writes;
 * - foreign_keys=ON makes the schema's ON DELETE CASCADE real (SQLite defaults it to off);
 * - busy_timeout waits for a concurrent writer instead of failing with SQLITE_BUSY.
 */
class HandshakeSqlite extends PrismaBetterSQLite3 {
  async connect() {
    const adapter = await super.connect()
    await adapter.executeScript(
      'PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;',
    )
    return adapter
  }
}

/** A Prisma client on the SQLite file at `url` (file:/abs/path.db). Prefer the `db` singleton. */
export function createSqliteClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new HandshakeSqlite({ url }) })
}

export type { PrismaClient }
