// POST: see lib/server/review-api.ts handleMerge. The session decides whose records are touched.
import { auth } from '@/lib/server/auth'
import { db } from '@/lib/server/db'
import { handleMerge } from '@/lib/server/review-api'

export async function POST(request: Request) {
  const session = await auth()
  const body: unknown = await request.json().catch(() => undefined)
  const result = await handleMerge(db, session?.user?.id ?? null, body)
  return Response.json(result.body, { status: result.status })
}
