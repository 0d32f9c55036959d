import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateDeploy } from '@/prisma/test-support'
import { createSqliteClient } from './db-client'
import { type PrismaClient } from './generated/prisma/client'
import { isInstructor, setRole, UnknownUserError } from './roles'

const dir = mkdtempSync(path.join(tmpdir(), 'handshake-roles-'))
const url = `file:${path.join(dir, 'roles.db')}`
let db: PrismaClient

beforeAll(async () => {
  await migrateDeploy({ DATABASE_URL: url })
  db = createSqliteClient(url)
}, 60_000)
afterAll(async () => {
  await db?.$disconnect()
  rmSync(dir, { recursive: true, force: true })
})

describe('the instructor role', () => {
  it('is off for a new user, granted and revoked by email whatever its case', async () => {
    const user = await db.user.create({ data: { email: 'grace@example.com' } })
    expect(user.role).toBe('learner')
    expect(await isInstructor(db, user.id)).toBe(false)
    await setRole(db, ' Grace@Example.com', 'instructor')
    expect(await isInstructor(db, user.id)).toBe(true)
    await setRole(db, 'grace@example.com', 'learner')
    expect(await isInstructor(db, user.id)).toBe(false)
  })

  it('cannot be given to an email nobody has, and an unknown user id is no instructor', async () => {
    await expect(setRole(db, 'nobody@example.com', 'instructor')).rejects.toBeInstanceOf(UnknownUserError)
    expect(await isInstructor(db, 'no-such-id')).toBe(false)
  })
})
