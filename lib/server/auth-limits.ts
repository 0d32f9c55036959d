// Which attempts the sign-in, sign-up and magic-link flows count, and how many they allow
// (issue 17). Every entry point counts before doing any work: the server actions behind the forms
// and Auth.js's own HTTP endpoints (see app/api/auth/[...nextauth]/route.ts).
import { PEER_ADDRESS_HEADER } from './http-edge'
import { type RateLimitRule } from './rate-limit'

const MINUTE = 60_000

/**
 * Per account the limits stop guessing one password; per address they stop one client from
 * sweeping many accounts. An address may be shared (an office, a NAT), so its limits are wider.
 */
export const AUTH_RATE_LIMITS = {
  signInPerAccount: { bucket: 'sign-in:account', limit: 10, windowMs: 15 * MINUTE },
  signInPerAddress: { bucket: 'sign-in:address', limit: 100, windowMs: 15 * MINUTE },
  signUpPerAddress: { bucket: 'sign-up:address', limit: 20, windowMs: 60 * MINUTE },
  magicLinkPerAccount: { bucket: 'magic-link:account', limit: 5, windowMs: 60 * MINUTE },
  magicLinkPerAddress: { bucket: 'magic-link:address', limit: 30, windowMs: 60 * MINUTE },
} satisfies Record<string, RateLimitRule>

/**
 * The client's address: the socket peer that lib/server/http-edge.ts stamped on the request. With
 * TRUSTED_PROXY_HOPS=n (the app behind n reverse proxies that append to X-Forwarded-For), the
 * entry those proxies vouch for instead.
 */
export function clientAddress(
  headers: Headers,
  trustedProxyHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0),
): string {
  if (trustedProxyHops > 0) {
    const chain = (headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim())
    const vouched = chain[chain.length - trustedProxyHops]
    if (vouched) return vouched
  }
  return headers.get(PEER_ADDRESS_HEADER) ?? 'unknown'
}

const account = (email: string) => email.trim().toLowerCase()

export const signInChecks = (email: string, address: string) => [
  { rule: AUTH_RATE_LIMITS.signInPerAccount, subject: account(email) },
  { rule: AUTH_RATE_LIMITS.signInPerAddress, subject: address },
]

export const signUpChecks = (address: string) => [
  { rule: AUTH_RATE_LIMITS.signUpPerAddress, subject: address },
]

export const magicLinkChecks = (email: string, address: string) => [
  { rule: AUTH_RATE_LIMITS.magicLinkPerAccount, subject: account(email) },
  { rule: AUTH_RATE_LIMITS.magicLinkPerAddress, subject: address },
]
