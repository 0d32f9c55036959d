// GET/POST a signed-in learner's review settings: see lib/server/settings-api.ts.
import { auth } from '@/lib/server/auth'
import { db } from '@/lib/server/db'
import { handleGetSettings, handleSaveSettings } from '@/lib/server/settings-api'

export async function GET() {
  const session = await auth()
  const result = await handleGetSettings(db, session?.user?.id ?? null)
  return Response.json(result.body, { status: result.status })
}

export async function POST(request: Request) {
  const session = await auth()
  const body: unknown = await request.json().catch(() => undefined)
  const result = await handleSaveSettings(db, session?.user?.id ?? null, body)
  return Response.json(result.body, { status: result.status })
}
