// Writes prisma-pg/schema.prisma, the PostgreSQL twin of prisma/schema.prisma.
// Run after editing the SQLite schema: `npx tsx prisma/derive-pg-schema.ts`, then
// `npx prisma migrate dev --config prisma.config.pg.ts`. prisma/pg-schema-drift.test.ts fails when
// the committed twin no longer matches what this script would write.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const HEADER = '// GENERATED from prisma/schema.prisma by prisma/derive-pg-schema.ts. Do not edit by hand.\n'

/** Replaces `key = "from"` once, failing loudly if the SQLite schema's shape changed. */
function swap(schema: string, key: string, from: string, to: string): string {
  const pattern = new RegExp(`(\\b${key}\\s*=\\s*)"${from.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`)
  if (!pattern.test(schema)) throw new Error(`prisma/schema.prisma has no ${key} = "${from}"`)
  return schema.replace(pattern, `$1"${to}"`)
}

/** The PostgreSQL schema for a SQLite schema: provider, client output and URL variable swapped. */
export function derivePgSchema(sqliteSchema: string): string {
  let schema = swap(sqliteSchema, 'provider', 'sqlite', 'postgresql')
  schema = swap(schema, 'output', '../lib/server/generated/prisma', '../lib/server/generated/prisma-pg')
  schema = schema.replace(/(\burl\s*=\s*)env\("DATABASE_URL"\)/, '$1env("PG_DATABASE_URL")')
  return HEADER + schema
}

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
export const sqliteSchemaPath = path.join(root, 'prisma', 'schema.prisma')
export const pgSchemaPath = path.join(root, 'prisma-pg', 'schema.prisma')

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(pgSchemaPath, derivePgSchema(readFileSync(sqliteSchemaPath, 'utf8')))
  console.log(`wrote ${path.relative(root, pgSchemaPath)}`)
}
