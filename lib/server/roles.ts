// Who may author: every user is a learner; an instructor may also open /author on a production
// server. The role lives on the User row so it holds across app instances and survives restarts.
import { z } from 'zod'
import { type PrismaClient } from './generated/prisma/client'
import { normalizeEmail } from './users'

export const Role = z.enum(['learner', 'instructor'])
export type Role = z.infer<typeof Role>

type Db = Pick<PrismaClient, 'user'>

export class UnknownUserError extends Error {
  constructor(email: string) {
    super(`no user with the email ${email}; they must sign up (or sign in once) first`)
    this.name = 'UnknownUserError'
  }
}

/** Gives the user with this email a role. Throws UnknownUserError when nobody has that email. */
export async function setRole(db: Db, email: string, role: Role): Promise<void> {
  const { count } = await db.user.updateMany({ where: { email: normalizeEmail(email) }, data: { role } })
  if (count === 0) throw new UnknownUserError(email)
}

/** Whether this user id is an instructor; an unknown id (a deleted user's old session) is not. */
export async function isInstructor(db: Db, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } })
  return Role.safeParse(user?.role).data === 'instructor'
}
