// The browser side of progress: a visitor's versioned localStorage record, learner settings, and
// the review API calls with their retry rule (same review key on every attempt).
import { z } from 'zod'
import { DEFAULT_SETTINGS, practiceSettingsSchema, type PracticeSettings } from '@/lib/practice/settings'
import {
  emptyVisitorProgress,
  readVisitorProgress,
  VISITOR_PROGRESS_KEY,
  type VisitorProgress,
} from '@/lib/practice/visitor-progress'

const SETTINGS_KEY = 'handshake:practice-settings:v1'

export function loadVisitorProgress(): { progress: VisitorProgress; unreadable: boolean } {
  const read = readVisitorProgress(localStorage.getItem(VISITOR_PROGRESS_KEY))
  return read.ok
    ? { progress: read.progress, unreadable: false }
    : { progress: emptyVisitorProgress(), unreadable: true }
}

export function saveVisitorProgress(progress: VisitorProgress) {
  localStorage.setItem(VISITOR_PROGRESS_KEY, JSON.stringify(progress))
}

export function clearVisitorProgress() {
  localStorage.removeItem(VISITOR_PROGRESS_KEY)
}

export function loadSettings(): PracticeSettings {
  try {
    const parsed = practiceSettingsSchema.safeParse(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}'))
    return parsed.success ? parsed.data : DEFAULT_SETTINGS
  } catch {
    return DEFAULT_SETTINGS
  }
}

export function saveSettings(settings: PracticeSettings) {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings))
}

/** The learner's own time zone, where their days begin and end. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** A fresh client-generated review key (unique per review, reused on its retries). */
export function newReviewKey(): string {
  return crypto.randomUUID().replace(/-/g, '')
}

const apiResponse = z.looseObject({
  status: z.string().optional(),
  error: z.string().optional(),
})

/**
 * POSTs JSON and returns the HTTP status with the body. A network failure is retried twice with
 * the same body (and so the same review key): the server counts the review once either way.
 */
export async function postJson(
  url: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  let lastError: unknown
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = apiResponse.safeParse(await res.json().catch(() => ({})))
      return { status: res.status, body: json.success ? json.data : {} }
    } catch (error) {
      lastError = error
    }
  }
  throw lastError
}
