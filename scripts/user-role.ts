// `npm run user:role -- <email> <learner|instructor>`: grants or revokes the instructor role on
// the database named by DATABASE_URL (default data/handshake.db). The user must exist already.
import { createSqliteClient } from '@/lib/server/db-client'
import { createPgClient } from '@/lib/server/db-pg-client'
import { defaultDatabaseUrl, isPostgresUrl } from '@/lib/server/db-url'
import { Role, setRole } from '@/lib/server/roles'

async function main() {
  const [email, rawRole, ...rest] = process.argv.slice(2)
  const role = Role.safeParse(rawRole)
  if (!email || !role.success || rest.length) {
    console.error(`usage: npm run user:role -- <email> <${Role.options.join('|')}>`)
    process.exit(2)
  }
  const url = process.env.DATABASE_URL || defaultDatabaseUrl()
  const db = isPostgresUrl(url) ? createPgClient(url) : createSqliteClient(url)
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
