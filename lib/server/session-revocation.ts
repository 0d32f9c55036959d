// Sign-out for JWT sessions (issue 17: "today the old session token keeps working"). A JWT stays
// valid until it expires, wherever a copy of it is, so signing out records the session's id as
// revoked and every session read checks that list. Each session gets its id (`sid`) at sign-in and
// keeps it when Auth.js re-issues the cookie; the token's own `jti` changes on every re-issue, so it
// could not name the session.
import { randomUUID } from 'node:crypto'
import { type PrismaClient } from './generated/prisma/client'

type Db = Pick<PrismaClient, 'revokedSession'>

/** A new session id for a JWT being issued at sign-in. */
export function newSessionId(): string {
  return randomUUID()
}

/** Ends the session everywhere; `expiresAt` is when its JWT would have expired anyway. */
export async function revokeSession(db: Db, sessionId: string, expiresAt: Date): Promise<void> {
  await db.revokedSession.upsert({
    where: { sessionId },
    create: { sessionId, expiresAt },
    update: {},
  })
  // Sign-outs are rare: each one also clears revocations whose tokens have expired anyway.
  await pruneRevokedSessions(db)
}

export async function isSessionRevoked(db: Db, sessionId: string): Promise<boolean> {
  return (await db.revokedSession.findUnique({ where: { sessionId }, select: { sessionId: true } })) !== null
}

/** Deletes revocations of sessions that have expired anyway. */
export async function pruneRevokedSessions(db: Db, now = new Date()): Promise<number> {
  return (await db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } })).count
}
