import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { derivePgSchema, pgSchemaPath, sqliteSchemaPath } from './derive-pg-schema'

describe('the PostgreSQL schema twin', () => {
  it('is exactly what prisma/derive-pg-schema.ts derives from the SQLite schema', () => {
    const derived = derivePgSchema(readFileSync(sqliteSchemaPath, 'utf8'))
    // On failure: run `npx tsx prisma/derive-pg-schema.ts`, then create a prisma-pg migration.
    expect(readFileSync(pgSchemaPath, 'utf8')).toBe(derived)
  })

  it('differs from the SQLite schema only in provider, client output and URL variable', () => {
    const derived = derivePgSchema(
      'generator client {\n  output = "../lib/server/generated/prisma"\n}\n' +
        'datasource db {\n  provider = "sqlite"\n  url      = env("DATABASE_URL")\n}\n',
    )
    expect(derived).toContain('output = "../lib/server/generated/prisma-pg"')
    expect(derived).toContain('provider = "postgresql"')
    expect(derived).toContain('env("PG_DATABASE_URL")')
  })

  it('refuses a schema whose provider it does not recognise', () => {
    expect(() => derivePgSchema('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/provider = "sqlite"/)
  })
})
