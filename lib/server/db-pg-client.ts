import { PrismaPg } from '@prisma/adapter-pg'
// Generated only on the PostgreSQL path (`DATABASE_URL=postgresql://… npm start`, and `npm test`),
// so a SQLite-only tree lacks it. There the import is typed `any` instead of failing the type check
// inside `next build`; wherever it is generated, its real types apply. The build itself never
// bundles this file without the client (next.config.js, lib/server/db.ts).
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore
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
