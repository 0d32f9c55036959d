import 'server-only'
import NextAuth from 'next-auth'
import { authConfig, magicLinkDelivery } from './auth-config'
import { canDeliverMagicLinks } from './auth-magic-link'
import { db } from './db'
import { env } from './env'

/**
 * Auth.js for the app: `auth()` reads the session in server components and actions;
 * `signIn`/`signOut` are called from the actions in ./auth-actions.ts.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(authConfig(env, db))

/** Which sign-in methods the pages should offer in this environment. */
export const signInMethods = {
  magicLink: canDeliverMagicLinks(magicLinkDelivery(env)),
  github: env.githubEnabled,
}
