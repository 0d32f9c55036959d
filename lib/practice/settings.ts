/** A learner's review settings, validated wherever they cross a boundary (form, storage, URL). */
import { z } from 'zod'

/** Desired retention: the probability of recall FSRS aims for when it picks the next interval. */
export const DEFAULT_RETENTION = 0.9

export const practiceSettingsSchema = z.strictObject({
  // FSRS's own advice is 0.7–0.97: lower wastes little time but forgets a lot, higher costs
  // many more reviews per card for little gain.
  retention: z.number().min(0.7).max(0.97).default(DEFAULT_RETENTION),
  /** Cards seen for the first time per local day. */
  newPerDay: z.number().int().min(0).max(500).default(10),
  /** Reviews of cards already in the Review state per local day; learning steps are not capped. */
  reviewCap: z.number().int().min(0).max(5000).default(200),
  /** Again / Good only: Hard and Easy are hidden for learners who find four buttons a burden. */
  twoButton: z.boolean().default(false),
})
export type PracticeSettings = z.infer<typeof practiceSettingsSchema>

export const DEFAULT_SETTINGS: PracticeSettings = practiceSettingsSchema.parse({})

/** An IANA time zone name the runtime knows (e.g. "Asia/Shanghai"); day boundaries use it. */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz })
      return true
    } catch {
      return false
    }
  }, 'unknown time zone')

/** What a signed-in learner's account stores: the review settings plus where their days begin. */
export const accountSettingsSchema = practiceSettingsSchema.extend({ timeZone: timeZoneSchema })
export type AccountSettings = z.infer<typeof accountSettingsSchema>
