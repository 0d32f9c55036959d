// `npm run user:role -- <email> <learner|instructor>`: grants or revokes the instructor role on
// the database named by DATABASE_URL (default data/handshake.db). The user must exist already.
import { createSqliteClient, type PrismaClient } from '@/lib/server/db-client'
import { defaultDatabaseUrl, isPostgresUrl } from '@/lib/server/db-url'
import { Role, setRole } from '@/lib/server/roles'

/** The PostgreSQL client is generated only when it is used, so it is imported only then. */
async function openDatabase(url: string): Promise<PrismaClient> {
  if (!isPostgresUrl(url)) return createSqliteClient(url)
  const { createPgClient } = await import('@/lib/server/db-pg-client')
  return createPgClient(url)
}

async function main() {
  const [email, rawRole, ...rest] = process.argv.slice(2)
  const role = Role.safeParse(rawRole)
  if (!email || !role.success || rest.length) {
    console.error(`usage: npm run user:role -- <email> <${Role.options.join('|')}>`)
    process.exit(2)
  }
  const url = process.env.DATABASE_URL || defaultDatabaseUrl()
  const db = await openDatabase(url)
  try {
    await setRole(db, email, role.data)
    console.log(`${email} is now ${role.data === 'instructor' ? 'an instructor' : 'a learner'}`)
  } finally {
    await db.$disconnect()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
