// Prisma CLI config for the default SQLite database. It routes `generate` and `migrate` through
// the wasm schema engine in the `prisma` npm package, so nothing is downloaded (docs/reference/offline-toolchain.md).
import 'dotenv/config'
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { defineConfig } from 'prisma/config'
import { defaultDatabaseUrl } from './lib/server/db-url'

// Prisma 6.19.3 sends whole migration scripts to the shadow DB through executeRaw, and
// better-sqlite3 runs only one statement that way (P3006). Use executeScript there instead.
class BetterSqliteForMigrate extends PrismaBetterSQLite3 {
  async connectToShadowDb() {
    const adapter = await super.connectToShadowDb()
    const executeRaw = adapter.executeRaw.bind(adapter)
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query)
      await adapter.executeScript(query.sql)
      return 0
    }
    return adapter
  }
}

// The schema's `url = env("DATABASE_URL")` must resolve even for `prisma generate` on a fresh
// clone, or Prisma 6 falls back to downloading its native engine.
process.env.DATABASE_URL ||= defaultDatabaseUrl()

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  async adapter() {
    return new BetterSqliteForMigrate({ url: process.env.DATABASE_URL! })
  },
})
