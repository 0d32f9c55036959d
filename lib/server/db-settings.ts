// A signed-in learner's stored review settings (StudySettings). No row means "never saved": the
// callers fall back to the defaults, and the browser may offer its own settings once (`adopt`).
import { type AccountSettings } from '@/lib/practice/settings'
import { type Db } from './db-study'

const columns = {
  retention: true,
  newPerDay: true,
  reviewCap: true,
  twoButton: true,
  timeZone: true,
} as const

export function loadStudySettings(db: Db, userId: string): Promise<AccountSettings | null> {
  return db.studySettings.findUnique({ where: { userId }, select: columns })
}

/** Replaces the learner's settings (the settings form's save). */
export async function saveStudySettings(db: Db, userId: string, settings: AccountSettings) {
  return db.studySettings.upsert({
    where: { userId },
    create: { userId, ...settings },
    update: settings,
    select: columns,
  })
}

/**
 * Stores the browser's settings only when the account has none yet, and returns what is stored
 * either way: signing in on a second device never overwrites the settings chosen on the first.
 */
export async function adoptStudySettings(db: Db, userId: string, settings: AccountSettings) {
  return db.studySettings.upsert({
    where: { userId },
    create: { userId, ...settings },
    update: {},
    select: columns,
  })
}

/** The retention to schedule a learner's grades with: theirs when stored, else the request's. */
export async function storedRetention(db: Db, userId: string): Promise<number | undefined> {
  const row = await db.studySettings.findUnique({ where: { userId }, select: { retention: true } })
  return row?.retention
}
