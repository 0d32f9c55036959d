import 'server-only'
import { auth } from './auth'
import { db } from './db'
import { isInstructor } from './roles'

export type AuthorAccess = 'allowed' | 'sign-in' | 'forbidden'

/**
 * Whether this request may see /author: always under `next dev` (the author's own machine), and
 * on a production server only for a signed-in instructor. The role is read from the database on
 * each request, so revoking it takes effect at once although sessions are JWTs.
 */
export async function authorAccess(): Promise<AuthorAccess> {
  if (process.env.NODE_ENV !== 'production') return 'allowed'
  const session = await auth()
  if (!session?.user?.id) return 'sign-in'
  return (await isInstructor(db, session.user.id)) ? 'allowed' : 'forbidden'
}
