// Shared by the SQLite and PostgreSQL database tests: migrate a fresh database with the real CLI,
// then run the same data-access code, and the same assertions, on it.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { type VisitorReview } from '@/lib/practice/visitor-progress'
import { grade, type Grade, newCard, Rating, snapshotLog } from '@/lib/practice/scheduler'
import { mergeVisitorReviews } from '@/lib/server/db-progress-merge'
import { gradeCardOnce, undoReview } from '@/lib/server/db-study'
import { cardHistory, loadCards, reviewsToday } from '@/lib/server/db-study-queries'
import { type PrismaClient } from '@/lib/server/generated/prisma/client'
import { handleAttempt, handleGrade, handleMerge, handleUndo } from '@/lib/server/review-api'
import { handleGetSettings, handleSaveSettings } from '@/lib/server/settings-api'
import { createPasswordUser } from '@/lib/server/users'

const run = promisify(execFile)

/** `prisma migrate deploy` exactly as the start and test scripts run it. */
export async function migrateDeploy(env: Record<string, string>, config?: string): Promise<string> {
  const args = ['prisma', 'migrate', 'deploy', ...(config ? ['--config', config] : [])]
  const { stdout } = await run('npx', args, { env: { ...process.env, CHECKPOINT_DISABLE: '1', ...env } })
  return stdout
}

const t0 = new Date('2026-01-01T09:00:00Z')
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000)
let seq = 0
const key = () => `review-key-${++seq}-${Math.random().toString(36).slice(2, 10)}`

/**
 * The study-record journeys every store must support, registered as tests inside the caller's
 * describe block: idempotent grades, two tabs, undo, authorization and the visitor merge.
 */
export function studyRecordTests(getDb: () => PrismaClient) {
  let n = 0
  async function setup() {
    const db = getDb()
    const id = `q-${++n}-${Math.random().toString(36).slice(2, 8)}`
    await db.question.create({ data: { id, slug: id, contentHash: 'h1' } })
    const user = await createPasswordUser(db, {
      name: 'Ada',
      email: `ada-${id}@example.com`,
      passwordHash: 'x',
    })
    const other = await createPasswordUser(db, {
      name: 'Eve',
      email: `eve-${id}@example.com`,
      passwordHash: 'x',
    })
    return { db, questionId: id, cardId: `${id}:recall`, user, other }
  }

  it('records a grade once: a retried or double-clicked submission returns the same card', async () => {
    const { db, cardId, user } = await setup()
    const input = {
      userId: user.id,
      cardId,
      rating: Rating.Good as Grade,
      reviewKey: key(),
      expectedVersion: 0,
      now: t0,
    }
    const first = await gradeCardOnce(db, input)
    const [retry, doubleClick] = await Promise.all([gradeCardOnce(db, input), gradeCardOnce(db, input)])
    expect(first.status).toBe('graded')
    expect(retry).toEqual({
      status: 'duplicate',
      view: first.status === 'graded' ? first.view : null,
      reviewKey: input.reviewKey,
    })
    expect(doubleClick).toEqual(retry)
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1)
    const expected = grade(newCard(t0), Rating.Good, t0).card
    expect((await loadCards(db, user.id)).get(cardId)).toEqual({ cardId, card: expected, version: 1 })
  })

  it('refuses a grade based on a stale card (a second tab) and keeps the first tab’s', async () => {
    const { db, cardId, user } = await setup()
    const base = { userId: user.id, cardId, now: t0 }
    await gradeCardOnce(db, { ...base, rating: Rating.Good, reviewKey: key(), expectedVersion: 0 })
    const tabA = await gradeCardOnce(db, {
      ...base,
      rating: Rating.Good,
      reviewKey: key(),
      expectedVersion: 1,
      now: minutes(10),
    })
    const tabB = await gradeCardOnce(db, {
      ...base,
      rating: Rating.Again,
      reviewKey: key(),
      expectedVersion: 1,
      now: minutes(11),
    })
    expect(tabA.status).toBe('graded')
    expect(tabB).toEqual({ status: 'stale', view: tabA.status === 'graded' ? tabA.view : null })
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2)
  })

  it('lets exactly one of two simultaneous grades of one card version through', async () => {
    const { db, cardId, user } = await setup()
    const grades = await Promise.all(
      ([Rating.Good, Rating.Again, Rating.Easy] as Grade[]).map((rating) =>
        gradeCardOnce(db, { userId: user.id, cardId, rating, reviewKey: key(), expectedVersion: 0, now: t0 }),
      ),
    )
    expect(grades.map((g) => g.status).sort()).toEqual(['graded', 'stale', 'stale'])
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1)
    expect(await db.cardState.count({ where: { userId: user.id } })).toBe(1)
  })

  it('undoes a grade with ts-fsrs rollback, marks its log row, and counts a regrade once', async () => {
    const { db, cardId, user } = await setup()
    const first = {
      userId: user.id,
      cardId,
      rating: Rating.Good as Grade,
      reviewKey: key(),
      expectedVersion: 0,
      now: t0,
    }
    await gradeCardOnce(db, first)
    const before = (await loadCards(db, user.id)).get(cardId)!
    const slip = key()
    await gradeCardOnce(db, {
      ...first,
      rating: Rating.Again,
      reviewKey: slip,
      expectedVersion: 1,
      now: minutes(10),
    })

    const undone = await undoReview(db, { userId: user.id, reviewKey: slip, now: minutes(11) })
    expect(undone.status).toBe('undone')
    const after = (await loadCards(db, user.id)).get(cardId)!
    expect(after.version).toBe(3)
    expect(after.card).toMatchObject({
      reps: before.card.reps,
      state: before.card.state,
      stability: before.card.stability,
    })
    expect(await undoReview(db, { userId: user.id, reviewKey: slip, now: minutes(12) })).toEqual({
      status: 'duplicate',
      view: after,
    })

    const regrade = await gradeCardOnce(db, {
      ...first,
      reviewKey: key(),
      expectedVersion: 3,
      now: minutes(12),
    })
    expect(regrade.status).toBe('graded')
    expect(await cardHistory(db, user.id, cardId)).toHaveLength(2) // the first grade and the regrade
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(3) // the undone row stays
    expect((await reviewsToday(db, user.id, minutes(13), 'UTC')).length).toBe(2)
  })

  it('undoes only a card’s latest grade', async () => {
    const { db, cardId, user } = await setup()
    const older = key()
    await gradeCardOnce(db, {
      userId: user.id,
      cardId,
      rating: Rating.Good,
      reviewKey: older,
      expectedVersion: 0,
      now: t0,
    })
    await gradeCardOnce(db, {
      userId: user.id,
      cardId,
      rating: Rating.Good,
      reviewKey: key(),
      expectedVersion: 1,
      now: minutes(10),
    })
    expect((await undoReview(db, { userId: user.id, reviewKey: older, now: minutes(11) })).status).toBe(
      'stale',
    )
    expect(await db.reviewLog.count({ where: { userId: user.id, undoneAt: { not: null } } })).toBe(0)
  })

  it('never lets one learner read, undo or overwrite another’s records', async () => {
    const { db, cardId, user, other } = await setup()
    const mine = key()
    await gradeCardOnce(db, {
      userId: user.id,
      cardId,
      rating: Rating.Good,
      reviewKey: mine,
      expectedVersion: 0,
      now: t0,
    })
    const snapshot = await loadCards(db, user.id)

    // Another user's review key is simply not found for them (404, nothing leaked).
    expect(await undoReview(db, { userId: other.id, reviewKey: mine, now: minutes(1) })).toEqual({
      status: 'not-found',
    })
    // Reusing the same key and card id creates the other user's own record, not a duplicate of mine.
    const theirs = await gradeCardOnce(db, {
      userId: other.id,
      cardId,
      rating: Rating.Again,
      reviewKey: mine,
      expectedVersion: 0,
      now: t0,
    })
    expect(theirs.status).toBe('graded')
    expect(await loadCards(db, user.id)).toEqual(snapshot)
    expect([...(await loadCards(db, other.id)).keys()]).toEqual([cardId])
    expect(await cardHistory(db, other.id, cardId)).toHaveLength(1)
    expect((await cardHistory(db, user.id, cardId))[0].rating).toBe(Rating.Good)
  })

  it('refuses cards of questions that do not exist', async () => {
    const { db, user } = await setup()
    const input = {
      userId: user.id,
      rating: Rating.Good as Grade,
      reviewKey: key(),
      expectedVersion: 0,
      now: t0,
    }
    expect(await gradeCardOnce(db, { ...input, cardId: 'no-such-question:recall' })).toEqual({
      status: 'unknown-card',
    })
    expect(await gradeCardOnce(db, { ...input, cardId: 'not a card id' })).toEqual({ status: 'unknown-card' })
  })

  it('merges a visitor’s reviews once, skipping undone ones and cards that no longer exist', async () => {
    const { db, questionId, user } = await setup()
    const visitor: VisitorReview[] = []
    const review = (cardId: string, rating: 1 | 2 | 3 | 4, at: Date, undone = false) => {
      visitor.push({
        key: key(),
        cardId,
        rating,
        undone,
        log: snapshotLog(grade(newCard(at), rating, at).log),
      })
    }
    for (let i = 0; i < 5; i++) review(`${questionId}:quiz:item-${i}`, Rating.Good, minutes(i))
    review(`${questionId}:recall`, Rating.Again, minutes(6), true)
    review('gone-question:recall', Rating.Good, minutes(7))

    const first = await mergeVisitorReviews(db, { userId: user.id, reviews: visitor })
    expect(first).toEqual({ imported: 5, alreadyMerged: 0, unknownCards: 1 })
    const [retry, concurrent] = await Promise.all([
      mergeVisitorReviews(db, { userId: user.id, reviews: visitor }),
      mergeVisitorReviews(db, { userId: user.id, reviews: visitor }),
    ])
    expect(retry).toEqual({ imported: 0, alreadyMerged: 5, unknownCards: 1 })
    expect(concurrent).toEqual(retry)
    const cards = await loadCards(db, user.id)
    expect([...cards.keys()].sort()).toEqual([0, 1, 2, 3, 4].map((i) => `${questionId}:quiz:item-${i}`))
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(5)

    // The last merged review of a card can be undone like any other grade.
    const last = visitor[4]
    expect((await undoReview(db, { userId: user.id, reviewKey: last.key, now: minutes(20) })).status).toBe(
      'undone',
    )
  })

  it('answers the review API with 401, 400, 404 and 409 where due, never a 500 or another user’s data', async () => {
    const { db, cardId, user, other } = await setup()
    const body = { cardId, rating: 3, reviewKey: key(), expectedVersion: 0 }
    expect((await handleGrade(db, null, body, t0)).status).toBe(401)
    expect((await handleUndo(db, null, { reviewKey: body.reviewKey }, t0)).status).toBe(401)
    expect((await handleMerge(db, null, { reviews: [] })).status).toBe(401)

    for (const bad of [
      undefined,
      'x',
      { ...body, rating: 5 },
      { ...body, cardId: '../x' },
      { ...body, extra: 1 },
    ]) {
      const res = await handleGrade(db, user.id, bad, t0)
      expect(res.status).toBe(400)
      expect(typeof res.body.error).toBe('string')
    }
    expect((await handleMerge(db, user.id, { reviews: [{ key: 'short' }] })).status).toBe(400)

    const graded = await handleGrade(db, user.id, body, t0)
    expect(graded).toMatchObject({ status: 200, body: { status: 'graded', version: 1 } })
    expect(await handleGrade(db, user.id, body, t0)).toEqual({
      ...graded,
      body: { ...graded.body, status: 'duplicate' },
    })
    const stale = await handleGrade(db, user.id, { ...body, reviewKey: key() }, t0)
    expect(stale).toMatchObject({ status: 409, body: { status: 'stale', version: 1 } })
    expect(
      (await handleGrade(db, user.id, { ...body, cardId: 'gone:recall', reviewKey: key() }, t0)).status,
    ).toBe(404)

    // Another learner: my review key is unknown to them, and undoing it leaks nothing.
    const theirs = await handleUndo(db, other.id, { reviewKey: body.reviewKey }, t0)
    expect(theirs).toEqual({ status: 404, body: { error: 'No such review.' } })
    expect((await handleUndo(db, user.id, { reviewKey: body.reviewKey }, t0)).body.status).toBe('undone')
  })

  it('stores a quiz answer once per key, for the signed-in learner only', async () => {
    const { db, questionId, user, other } = await setup()
    const body = {
      attemptKey: key(),
      sessionId: key(),
      cardId: `${questionId}:quiz:why-2msl`,
      answer: 'b',
      correct: false,
      elapsedMs: 4200,
    }
    expect((await handleAttempt(db, null, body)).status).toBe(401)
    expect((await handleAttempt(db, user.id, { ...body, cardId: `${questionId}:recall` })).status).toBe(400)
    expect((await handleAttempt(db, user.id, { ...body, elapsedMs: -1 })).status).toBe(400)
    expect((await handleAttempt(db, user.id, { ...body, cardId: 'gone:quiz:x' })).status).toBe(404)
    expect(await handleAttempt(db, user.id, body)).toEqual({ status: 200, body: { status: 'recorded' } })
    expect(await handleAttempt(db, user.id, body)).toEqual({ status: 200, body: { status: 'duplicate' } })
    // The same key from another learner is their own answer, not a duplicate of mine.
    expect(await handleAttempt(db, other.id, body)).toEqual({ status: 200, body: { status: 'recorded' } })
    expect(await db.quizAttempt.count({ where: { userId: user.id } })).toBe(1)
    expect(await db.quizAttempt.count({ where: { userId: other.id } })).toBe(1)
  })

  it('keeps a learner’s settings, never overwritten by a browser’s on sign-in, and grades with them', async () => {
    const { db, cardId, user, other } = await setup()
    const mine = { retention: 0.8, newPerDay: 5, reviewCap: 50, twoButton: true, timeZone: 'Asia/Shanghai' }
    const browsers = { ...mine, retention: 0.95, timeZone: 'America/New_York' }
    expect((await handleGetSettings(db, null)).status).toBe(401)
    expect((await handleSaveSettings(db, null, { settings: mine })).status).toBe(401)
    expect(await handleGetSettings(db, user.id)).toEqual({ status: 200, body: { settings: null } })
    for (const bad of [
      { settings: { ...mine, retention: 0.5 } },
      { settings: { ...mine, timeZone: 'Mars/Olympus' } },
      { settings: { retention: 0.8 } },
      { settings: mine, userId: other.id },
    ])
      expect((await handleSaveSettings(db, user.id, bad)).status).toBe(400)

    expect(await handleSaveSettings(db, user.id, { settings: mine })).toEqual({
      status: 200,
      body: { settings: mine },
    })
    // A browser offering its settings after sign-in gets the stored ones back, unchanged.
    expect(await handleSaveSettings(db, user.id, { settings: browsers, adopt: true })).toEqual({
      status: 200,
      body: { settings: mine },
    })
    // Another learner's account is untouched, and adopts the browser's since it has none.
    expect((await handleGetSettings(db, other.id)).body.settings).toBeNull()
    expect(
      (await handleSaveSettings(db, other.id, { settings: browsers, adopt: true })).body.settings,
    ).toEqual(browsers)

    // Grades schedule with the stored retention, whatever the request says (Easy on a new card
    // goes straight to Review, where the interval depends on retention).
    const graded = await handleGrade(
      db,
      user.id,
      { cardId, rating: Rating.Easy, reviewKey: key(), expectedVersion: 0, retention: 0.97 },
      t0,
    )
    expect(graded.status).toBe(200)
    const stored = (await loadCards(db, user.id)).get(cardId)?.card
    expect(stored).toEqual(grade(newCard(t0), Rating.Easy, t0, mine.retention).card)
    expect(stored).not.toEqual(grade(newCard(t0), Rating.Easy, t0, 0.97).card)
  })
}
