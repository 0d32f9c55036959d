// Quiz-session answers of signed-in learners: one row per answer, recorded once per client key.
import { isUniqueViolation, type Db } from './db-study'

export interface AttemptInput {
  userId: string
  attemptKey: string
  sessionId: string
  cardId: string
  questionId: string
  answer: string
  correct: boolean
  elapsedMs: number
}

/** Stores an answer once; a retried submission returns `duplicate` and stores nothing. */
export async function recordQuizAttempt(db: Db, input: AttemptInput): Promise<'recorded' | 'duplicate'> {
  const { attemptKey, ...data } = input
  try {
    await db.quizAttempt.create({ data: { ...data, idempotencyKey: attemptKey } })
    return 'recorded'
  } catch (error) {
    if (isUniqueViolation(error)) return 'duplicate'
    throw error
  }
}

/** The learner's answers in one session, in the order given (for the score page and stats). */
export function sessionAttempts(db: Db, userId: string, sessionId: string) {
  return db.quizAttempt.findMany({ where: { userId, sessionId }, orderBy: { createdAt: 'asc' } })
}
