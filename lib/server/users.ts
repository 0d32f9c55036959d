// User records for password sign-up and sign-in. Magic-link and OAuth users are created by the
// Auth.js Prisma adapter instead.
import { type PrismaClient, type User } from './generated/prisma/client'
import { isUniqueViolation } from './db-study'

type Db = Pick<PrismaClient, 'user'>

/** Emails are compared in one canonical form, the same one Auth.js's email provider uses. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

export function findUserByEmail(db: Db, email: string): Promise<User | null> {
  return db.user.findUnique({ where: { email: normalizeEmail(email) } })
}

export class EmailTakenError extends Error {
  constructor() {
    super('A user with this email already exists')
  }
}

/**
 * Creates a user who signs in with a password. Throws EmailTakenError when the email is in use,
 * including by a user who so far only signed in by magic link (they can sign in that way instead).
 */
export async function createPasswordUser(
  db: Db,
  input: { name: string; email: string; passwordHash: string },
): Promise<User> {
  try {
    return await db.user.create({
      data: { name: input.name, email: normalizeEmail(input.email), passwordHash: input.passwordHash },
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError()
    throw error
  }
}
