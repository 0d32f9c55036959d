// `npx tsx prisma/seed.ts`: upserts one Question row per question in content/questions into the
// database named by DATABASE_URL (run after `prisma migrate deploy`). Safe to run on every start.
// An optional argument names another content folder (the tests seed from fixtures).
import path from 'node:path'
import { createSqliteClient, type PrismaClient } from '@/lib/server/db-client'
import { defaultDatabaseUrl, isPostgresUrl } from '@/lib/server/db-url'
import { loadQuestionIndex } from '@/lib/content'
import { seedQuestions } from './seed-questions'

/**
 * The PostgreSQL client is imported only when DATABASE_URL selects it: on the SQLite default it
 * is never generated (scripts/start.sh), so a static import would break every fresh clone.
 */
async function openDatabase(url: string): Promise<PrismaClient> {
  if (!isPostgresUrl(url)) return createSqliteClient(url)
  const { createPgClient } = await import('@/lib/server/db-pg-client')
  return createPgClient(url)
}

async function main() {
  const url = process.env.DATABASE_URL || defaultDatabaseUrl()
  const db = await openDatabase(url)
  try {
    // Drafts too, whatever NODE_ENV says: a draft's id exists before it is published. Broken
    // questions are left out; rows of questions no longer in the index are kept (seedQuestions).
    const root = process.argv[2] ? path.resolve(process.argv[2]) : undefined
    const index = await loadQuestionIndex(root, { drafts: true })
    const { total, written } = await seedQuestions(db, index)
    console.log(`==> Seeded questions: ${total} in content, ${written} inserted or updated`)
  } finally {
    await db.$disconnect()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
