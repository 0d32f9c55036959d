import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient as PgPrismaClient } from './generated/prisma-pg/client'
import { type PrismaClient } from './generated/prisma/client'

/**
 * A Prisma client on PostgreSQL, typed as the SQLite client. Both are generated from the same
 * models (prisma-pg/schema.prisma is derived from prisma/schema.prisma and a test keeps them in
 * step), so the app's data-access code runs unchanged on either; tests run it on both.
 */
export function createPgClient(connectionString: string): PrismaClient {
  const client = new PgPrismaClient({ adapter: new PrismaPg({ connectionString }) })
  return client as unknown as PrismaClient
}
