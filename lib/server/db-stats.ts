// What /stats reads for a signed-in learner, each query on an index that starts with the user:
// cards on CardState (userId, cardId), reviews on ReviewLog (userId, review), quiz answers on
// QuizAttempt (userId, createdAt).
import { type StatsQuizAnswer, type StatsReview } from '@/lib/practice/stats'
import { type CardFact } from '@/lib/practice/visitor-facts'
import { type Db } from './db-study'

/** How far back reviews are read: the 30-day history needs a month, retention and streaks a year. */
export const STATS_REVIEW_DAYS = 365
/** Quiz answers read, latest first: enough for the recent sessions /stats scores. */
const QUIZ_ANSWERS = 1000

export async function loadStatsRecords(db: Db, userId: string, now: Date) {
  const since = new Date(now.getTime() - STATS_REVIEW_DAYS * 86_400_000)
  const [cards, reviews, quiz] = await Promise.all([
    db.cardState.findMany({ where: { userId }, select: { cardId: true, state: true, due: true } }),
    db.reviewLog.findMany({
      where: { userId, undoneAt: null, review: { gte: since } },
      select: { cardId: true, rating: true, review: true },
    }),
    db.quizAttempt.findMany({
      where: { userId },
      orderBy: { createdAt: 'desc' },
      take: QUIZ_ANSWERS,
      select: { sessionId: true, correct: true, createdAt: true },
    }),
  ])
  return {
    cards: new Map<string, CardFact>(cards.map((c) => [c.cardId, { state: c.state, due: c.due }])),
    reviews: reviews satisfies StatsReview[],
    quiz: quiz.map((a): StatsQuizAnswer => ({ sessionId: a.sessionId, correct: a.correct, at: a.createdAt })),
  }
}
