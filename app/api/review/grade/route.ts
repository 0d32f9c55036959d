// POST: see lib/server/review-api.ts handleGrade. The session decides whose records are touched.
import { auth } from '@/lib/server/auth'
import { db } from '@/lib/server/db'
import { handleGrade } from '@/lib/server/review-api'

export async function POST(request: Request) {
  const session = await auth()
  const body: unknown = await request.json().catch(() => undefined)
  const result = await handleGrade(db, session?.user?.id ?? null, body, new Date())
  return Response.json(result.body, { status: result.status })
}
