// Password hashing with argon2id (@node-rs/argon2's default algorithm). Its default cost
// (19 MiB, 2 passes, 1 lane) is OWASP's recommended minimum for argon2id.
import { hash, verify } from '@node-rs/argon2'

/** An argon2id PHC string ($argon2id$v=19$…) for storage in User.passwordHash. */
export function hashPassword(password: string): Promise<string> {
  return hash(password)
}

/** False for a wrong password or a malformed stored hash; never throws on bad input. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password)
  } catch {
    return false
  }
}

let dummyHash: Promise<string> | undefined

/**
 * Spends the same time as a real check when no user has the email, so response timing does not
 * reveal which addresses have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('handshake-timing-equaliser')
  await verifyPassword(await dummyHash, password)
  return false
}
