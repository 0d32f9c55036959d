import { describe, expect, it } from 'vitest'
import { sqliteTestDatabase } from '@/prisma/test-database'
import { isInstructor, setRole, UnknownUserError } from './roles'

const store = sqliteTestDatabase('roles')

describe('the instructor role', () => {
  it('is off for a new user, granted and revoked by email whatever its case', async () => {
    const user = await store.db.user.create({ data: { email: 'grace@example.com' } })
    expect(user.role).toBe('learner')
    expect(await isInstructor(store.db, user.id)).toBe(false)
    await setRole(store.db, ' Grace@Example.com', 'instructor')
    expect(await isInstructor(store.db, user.id)).toBe(true)
    await setRole(store.db, 'grace@example.com', 'learner')
    expect(await isInstructor(store.db, user.id)).toBe(false)
  })

  it('cannot be given to an email nobody has, and an unknown user id is no instructor', async () => {
    await expect(setRole(store.db, 'nobody@example.com', 'instructor')).rejects.toBeInstanceOf(
      UnknownUserError,
    )
    expect(await isInstructor(store.db, 'no-such-id')).toBe(false)
  })
})
