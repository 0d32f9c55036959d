// GET/PUT a signed-in learner's review settings: see lib/server/settings-api.ts.
import { auth } from '@/lib/server/auth'
import { db } from '@/lib/server/db'
import { handleGetSettings, handlePutSettings } from '@/lib/server/settings-api'

export async function GET() {
  const session = await auth()
  const result = await handleGetSettings(db, session?.user?.id ?? null)
  return Response.json(result.body, { status: result.status })
}

export async function PUT(request: Request) {
  const session = await auth()
  const body: unknown = await request.json().catch(() => undefined)
  const result = await handlePutSettings(db, session?.user?.id ?? null, body)
  return Response.json(result.body, { status: result.status })
}
