// The review-settings API's logic, apart from Next (app/api/settings wires auth() and the db).
// GET answers the stored settings (null when never saved); POST replaces them (POST, not PUT:
// the request guard in proxy.ts admits GET, HEAD, POST and OPTIONS only); POST with
// `adopt: true` stores them only if the account has none, which is how a visitor's browser
// settings reach a new account without ever overwriting settings already chosen.
import { z } from 'zod'
import { accountSettingsSchema } from '@/lib/practice/settings'
import { adoptStudySettings, loadStudySettings, saveStudySettings } from './db-settings'
import { type Db } from './db-study'
import { type ApiResult, badRequest } from './review-api'

export const settingsRequestSchema = z.strictObject({
  // Every field is required: a partial body is a client bug, not a request to keep old values.
  settings: accountSettingsSchema.required(),
  adopt: z.boolean().default(false),
})

const SIGN_IN_REQUIRED: ApiResult = {
  status: 401,
  body: { error: 'Sign in to keep settings in your account.' },
}

export async function handleGetSettings(db: Db, userId: string | null): Promise<ApiResult> {
  if (!userId) return SIGN_IN_REQUIRED
  return { status: 200, body: { settings: await loadStudySettings(db, userId) } }
}

export async function handleSaveSettings(db: Db, userId: string | null, body: unknown): Promise<ApiResult> {
  if (!userId) return SIGN_IN_REQUIRED
  const parsed = settingsRequestSchema.safeParse(body)
  if (!parsed.success) return badRequest(parsed.error)
  const { settings, adopt } = parsed.data
  const saved = adopt
    ? await adoptStudySettings(db, userId, settings)
    : await saveStudySettings(db, userId, settings)
  return { status: 200, body: { settings: saved } }
}
