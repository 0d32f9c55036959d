// Fixed-window rate limits kept in the database (model RateLimitHit), so that every instance of
// the app sharing one database counts the same attempts (issue 17: sign-in could be brute-forced).
// A window is [k·W, (k+1)·W) for the rule's length W; each attempt adds one to its window's row
// with a single upsert, which the database serialises, so two processes never both get the last
// allowed attempt.
import { createHash } from 'node:crypto'
import { type PrismaClient } from './generated/prisma/client'
import { isUniqueViolation } from './db-study'

type Db = Pick<PrismaClient, 'rateLimitHit'>

const PRUNE_PROBABILITY = 0.01

export type RateLimitRule = {
  /** Names the rule and separates its counters from other rules' (e.g. "sign-in:account"). */
  bucket: string
  /** Attempts allowed per window. */
  limit: number
  windowMs: number
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Counters are keyed by a hash: the table never holds an email or address in clear. */
function subjectKey(subject: string): string {
  return createHash('sha256').update(subject).digest('base64url')
}

function windowOf(rule: RateLimitRule, now: Date) {
  const window = Math.floor(now.getTime() / rule.windowMs)
  const endsAt = (window + 1) * rule.windowMs
  return { window, endsAt, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) }
}

/** Counts one attempt by `subject` and says whether it is within the rule's limit. */
export async function consumeAttempt(
  db: Db,
  rule: RateLimitRule,
  subject: string,
  now = new Date(),
): Promise<RateLimitDecision> {
  const { window, endsAt, retryAfterSeconds } = windowOf(rule, now)
  const id = { bucket: rule.bucket, subject: subjectKey(subject), window }
  const upsert = () =>
    db.rateLimitHit.upsert({
      where: { bucket_subject_window: id },
      create: { ...id, count: 1, expiresAt: new Date(endsAt) },
      update: { count: { increment: 1 } },
      select: { count: true },
    })
  let row: { count: number }
  try {
    row = await upsert()
  } catch (error) {
    // Two first attempts in the same window raced to create the row: the loser updates it.
    if (!isUniqueViolation(error)) throw error
    row = await upsert()
  }
  // About one attempt in a hundred also deletes ended windows, so the table stays small without
  // a scheduler; a failure there must not fail the attempt.
  if (Math.random() < PRUNE_PROBABILITY) pruneRateLimits(db, now).catch(() => undefined)
  return row.count <= rule.limit ? { allowed: true } : { allowed: false, retryAfterSeconds }
}

/** Whether `subject` has used up the rule's window already, without counting an attempt. */
export async function checkAttempts(
  db: Db,
  rule: RateLimitRule,
  subject: string,
  now = new Date(),
): Promise<RateLimitDecision> {
  const { window, retryAfterSeconds } = windowOf(rule, now)
  const row = await db.rateLimitHit.findUnique({
    where: { bucket_subject_window: { bucket: rule.bucket, subject: subjectKey(subject), window } },
    select: { count: true },
  })
  return (row?.count ?? 0) < rule.limit ? { allowed: true } : { allowed: false, retryAfterSeconds }
}

/** Consumes one attempt under every rule (all are counted) and refuses if any is exhausted. */
export async function consumeAll(
  db: Db,
  checks: Array<{ rule: RateLimitRule; subject: string }>,
  now = new Date(),
): Promise<RateLimitDecision> {
  const decisions = await Promise.all(
    checks.map(({ rule, subject }) => consumeAttempt(db, rule, subject, now)),
  )
  return strictest(decisions)
}

/** Refuses if any rule is exhausted, without counting. */
export async function checkAll(
  db: Db,
  checks: Array<{ rule: RateLimitRule; subject: string }>,
  now = new Date(),
): Promise<RateLimitDecision> {
  const decisions = await Promise.all(
    checks.map(({ rule, subject }) => checkAttempts(db, rule, subject, now)),
  )
  return strictest(decisions)
}

function strictest(decisions: RateLimitDecision[]): RateLimitDecision {
  let retryAfterSeconds = 0
  for (const decision of decisions) {
    if (!decision.allowed) retryAfterSeconds = Math.max(retryAfterSeconds, decision.retryAfterSeconds)
  }
  return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true }
}

/** Deletes windows that have ended; cheap enough to run now and then from a request. */
export async function pruneRateLimits(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.rateLimitHit.deleteMany({ where: { expiresAt: { lt: now } } })
  return count
}
