// Prisma CLI config for the PostgreSQL twin (prisma-pg/). Used with `--config prisma.config.pg.ts`
// and PG_DATABASE_URL. Both patches below are CLI-only work-arounds for Prisma 6.19.3's wasm
// schema engine (docs/reference/offline-toolchain.md); the app's runtime client needs neither.
import 'dotenv/config'
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { defineConfig } from 'prisma/config'

type Field = { dataTypeID: number }
const PG_NAME = 19
const PG_CHAR = 18
const PG_TEXT = 25

// 1) prisma/orm#27403: the schema engine reads pg_catalog "name" and "char" columns, which
//    adapter-pg 6.19.3 cannot deserialize. Report them as text; their values are plain strings.
const Result = (pg as unknown as { Result: { prototype: { addFields(fields: Field[]): void } } }).Result
const addFields = Result.prototype.addFields
Result.prototype.addFields = function (fields: Field[]) {
  for (const field of fields)
    if (field.dataTypeID === PG_NAME || field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT
  return addFields.call(this, fields)
}

// 2) adapter-pg's connectToShadowDb() with a connectionString connects to the MAIN database
//    ("relation already exists") and drops the temporary one while still connected to it.
class PgForMigrate extends PrismaPg {
  constructor(private readonly url: string) {
    super({ connectionString: url })
  }

  async connectToShadowDb() {
    const main = await this.connect()
    const name = `prisma_shadow_${crypto.randomUUID().replace(/-/g, '')}`
    await main.executeScript(`CREATE DATABASE "${name}"`)
    const shadowUrl = new URL(this.url)
    shadowUrl.pathname = `/${name}`
    const shadow = await new PrismaPg({ connectionString: shadowUrl.toString() }).connect()
    const dispose = shadow.dispose.bind(shadow)
    shadow.dispose = async () => {
      await dispose()
      await main.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await main.dispose()
    }
    return shadow
  }
}

// The schema's `url = env("PG_DATABASE_URL")` must resolve even for `prisma generate`, which never
// connects, or Prisma 6 falls back to downloading its native engine. Migrations require the real one.
const pgUrl = process.env.PG_DATABASE_URL
process.env.PG_DATABASE_URL ||= 'postgresql://localhost/unused-by-generate'

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma-pg/schema.prisma',
  migrations: { path: 'prisma-pg/migrations' },
  async adapter() {
    const url = pgUrl
    if (!url)
      throw new Error(
        'PG_DATABASE_URL is not set (e.g. postgresql://postgres:postgres@127.0.0.1:5432/handshake)',
      )
    return new PgForMigrate(url)
  },
})
