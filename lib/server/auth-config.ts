// Auth.js configuration: JWT sessions; password, magic-link and (when configured) GitHub sign-in.
// Kept apart from auth.ts so the pieces that decide who may sign in can be read in one place.
import { PrismaAdapter } from '@auth/prisma-adapter'
import { type NextAuthConfig } from 'next-auth'
import { type EmailConfig } from 'next-auth/providers'
import Credentials from 'next-auth/providers/credentials'
import GitHub from 'next-auth/providers/github'
import { type Adapter } from 'next-auth/adapters'
import { canDeliverMagicLinks, deliverMagicLink, type MagicLinkDelivery } from './auth-magic-link'
import { SignInInput } from './auth-schemas'
import { type Env } from './env-schema'
import { type PrismaClient } from './generated/prisma/client'
import { verifyAgainstDummy, verifyPassword } from './passwords'
import { isSessionRevoked, newSessionId, revokeSession } from './session-revocation'
import { findUserByEmail } from './users'

/** Auth.js's default JWT session lifetime, used when a token carries no `exp`. */
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60

/** How magic links reach the user in this environment. */
export function magicLinkDelivery(env: Env): MagicLinkDelivery {
  return { file: env.MAGIC_LINK_FILE, logToConsole: env.NODE_ENV !== 'production' }
}

/**
 * Checks an email and password. Unknown email, missing password hash and wrong password all give
 * null after the same amount of hashing work, so neither the message nor the timing tells them apart.
 */
export async function authorizeWithPassword(db: Pick<PrismaClient, 'user'>, raw: unknown) {
  const parsed = SignInInput.safeParse(raw)
  if (!parsed.success) return null
  const user = await findUserByEmail(db, parsed.data.email)
  if (!user?.passwordHash) return verifyAgainstDummy(parsed.data.password).then(() => null)
  if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null
  return { id: user.id, email: user.email, name: user.name, image: user.image }
}

const nowSeconds = () => Math.floor(Date.now() / 1000)

export function authConfig(env: Env, db: PrismaClient): NextAuthConfig {
  const delivery = magicLinkDelivery(env)
  const email: EmailConfig = {
    id: 'email',
    type: 'email',
    name: 'Email',
    maxAge: 60 * 60,
    sendVerificationRequest: ({ identifier, url }) => deliverMagicLink(delivery, identifier, url),
  }
  return {
    secret: env.AUTH_SECRET,
    // The generated client has the same model API as @prisma/client; the adapter only needs that.
    adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]) as Adapter,
    // Credentials sign-in only works with JWT sessions; they also spare a DB read per request.
    session: { strategy: 'jwt' },
    pages: { signIn: '/sign-in', verifyRequest: '/check-email', error: '/sign-in' },
    providers: [
      Credentials({
        id: 'password',
        name: 'Password',
        credentials: { email: {}, password: {} },
        authorize: (raw) => authorizeWithPassword(db, raw),
      }),
      ...(canDeliverMagicLinks(delivery) ? [email] : []),
      ...(env.githubEnabled
        ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })]
        : []),
    ],
    logger: {
      // A wrong password is an expected outcome, not a server error: one line instead of a stack.
      error(error) {
        if (error.name === 'CredentialsSignin') console.warn('[auth] password sign-in refused')
        else console.error(error)
      },
    },
    events: {
      // Signing out revokes the session id, so a copy of the old cookie stops working too.
      async signOut(message) {
        const token = 'token' in message ? message.token : null
        if (typeof token?.sid !== 'string') return
        const expiresAt = new Date(
          ((token.exp as number | undefined) ?? nowSeconds() + SESSION_MAX_AGE_SECONDS) * 1000,
        )
        await revokeSession(db, token.sid, expiresAt)
      },
    },
    callbacks: {
      // At sign-in (`user` is set) the session gets its id; on every later read a revoked or
      // id-less session (one issued before sign-out could revoke) is ended by returning null.
      async jwt({ token, user }) {
        if (user) return { ...token, sid: newSessionId() }
        if (typeof token.sid !== 'string' || (await isSessionRevoked(db, token.sid))) return null
        return token
      },
      // Expose the user id to server components (session.user.id), which the JWT carries as `sub`.
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub
        return session
      },
    },
  }
}
