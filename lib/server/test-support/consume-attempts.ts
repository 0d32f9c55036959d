// Child process for rate-limit.test.ts: one "app instance" with its own Prisma client, counting
// attempts against the shared database. Prints how many of its attempts were allowed.
import { createSqliteClient } from '../db-client'
import { consumeAttempt } from '../rate-limit'

async function main() {
  const [url, attempts, limit] = process.argv.slice(2)
  const db = createSqliteClient(url)
  const rule = { bucket: 'two-processes', limit: Number(limit), windowMs: 60 * 60 * 1000 }
  const decisions = await Promise.all(
    Array.from({ length: Number(attempts) }, () => consumeAttempt(db, rule, 'ada@example.com')),
  )
  process.stdout.write(String(decisions.filter((d) => d.allowed).length))
  await db.$disconnect()
}

void main()
