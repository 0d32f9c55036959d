// What the fuzzer needs from the app before it starts: its routes and server actions, real slugs
// and question ids, and a signed-in learner with a valid CSRF pair, so requests reach past the
// first checks. Also the clean-up that keeps the fuzzer's sign-in attempts from limiting the specs
// that run after it.
import path from 'node:path'
import { loadQuestionIndex } from '../../lib/content'
import { createSqliteClient } from '../../lib/server/db-client'
import { defaultDatabaseUrl } from '../../lib/server/db-url'
import { hashPassword } from '../../lib/server/passwords'
import { appRoutes, serverActions } from './app-routes'
import { type FuzzTargets } from './requests'

const db = createSqliteClient(process.env.DATABASE_URL || defaultDatabaseUrl())
// Sign-ups the fuzzer happens to get right use this domain, so they can be removed afterwards.
const FUZZ_DOMAIN = '@fuzz.invalid'

/** `name=value` pairs from a response's Set-Cookie headers. */
const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0])

/** A valid CSRF pair and a signed-in learner, so requests can get past those checks too. */
async function signIn(origin: string) {
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`)
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string }
  const csrfCookie = cookiesOf(csrfResponse).join('; ')
  const email = `learner${FUZZ_DOMAIN}`
  const password = 'fuzzing all the way down'
  await db.user.upsert({
    where: { email },
    create: { email, name: 'Fuzz Learner', passwordHash: await hashPassword(password) },
    update: {},
  })
  const response = await fetch(`${origin}/api/auth/callback/password`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken }),
  })
  const session = cookiesOf(response).find((c) => c.startsWith('authjs.session-token='))
  if (!session) throw new Error(`signing the fuzz learner in failed: ${response.status}`)
  return { csrf: { token: csrfToken, cookie: csrfCookie }, session }
}

/**
 * The fuzzer's sign-in, sign-up and magic-link attempts all come from this machine's address and
 * use up its limits; the specs after this one sign in from the same address. Put the per-address
 * counters back as they were (the limits themselves are tested in abuse.spec.ts).
 */
export async function keepAddressLimits<T>(run: () => Promise<T>): Promise<T> {
  const byAddress = { bucket: { endsWith: ':address' } }
  const before = await db.rateLimitHit.findMany({ where: byAddress })
  try {
    return await run()
  } finally {
    await db.rateLimitHit.deleteMany({ where: byAddress })
    await db.rateLimitHit.createMany({ data: before })
    await db.user.deleteMany({ where: { email: { endsWith: FUZZ_DOMAIN } } })
    await db.verificationToken.deleteMany({ where: { identifier: { endsWith: FUZZ_DOMAIN } } })
  }
}

/** Everything the request generators aim at, for the server at `origin`. */
export async function fuzzTargets(origin: URL): Promise<FuzzTargets> {
  const index = await loadQuestionIndex()
  return {
    routes: appRoutes(path.join(process.cwd(), 'app')),
    actions: serverActions(process.env.NEXT_DIST_DIR || '.next'),
    slugs: index.map((q) => q.slug),
    questionIds: index.map((q) => q.id),
    host: origin.host,
    ...(await signIn(origin.origin)),
  }
}
