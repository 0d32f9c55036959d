import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sqliteTestDatabase } from '@/prisma/test-database'
import { authConfig, authorizeWithPassword } from './auth-config'
import { deliverMagicLink } from './auth-magic-link'
import { safeRedirectPath, SignUpInput } from './auth-schemas'
import { parseEnv } from './env-schema'
import { hashPassword } from './passwords'

const dir = mkdtempSync(path.join(tmpdir(), 'handshake-auth-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('password sign-in', () => {
  const store = sqliteTestDatabase('auth')

  beforeAll(async () => {
    await store.db.user.create({
      data: { name: 'Ada', email: 'ada@example.com', passwordHash: await hashPassword('analytical engine') },
    })
    await store.db.user.create({ data: { email: 'link-only@example.com' } })
  })

  it('accepts the right password whatever the case and spacing of the email', async () => {
    const user = await authorizeWithPassword(store.db, {
      email: ' ADA@example.com',
      password: 'analytical engine',
    })
    expect(user).toMatchObject({ name: 'Ada', email: 'ada@example.com' })
  })

  it('ends a session for good at sign-out: the old token is refused afterwards (issue 17)', async () => {
    const config = authConfig(parseEnv({ NODE_ENV: 'test', AUTH_SECRET: 'x'.repeat(32) }), store.db)
    const jwt = config.callbacks!.jwt!
    type JwtParams = Parameters<typeof jwt>[0]
    const signedIn = await jwt({ token: { sub: 'u1' }, user: { id: 'u1' } } as JwtParams)
    expect(signedIn?.sid).toEqual(expect.any(String))
    // Later reads keep the session while it is not revoked.
    expect(await jwt({ token: signedIn } as JwtParams)).toEqual(signedIn)
    await config.events!.signOut!({ token: { ...signedIn!, exp: Math.floor(Date.now() / 1000) + 60 } })
    expect(await jwt({ token: signedIn } as JwtParams)).toBeNull()
    // A token from before session ids existed cannot be revoked, so it is not honoured either.
    expect(await jwt({ token: { sub: 'u1' } } as JwtParams)).toBeNull()
  })

  it('refuses a wrong password, an unknown email and a magic-link-only user alike', async () => {
    expect(
      await authorizeWithPassword(store.db, { email: 'ada@example.com', password: 'difference engine' }),
    ).toBeNull()
    expect(
      await authorizeWithPassword(store.db, { email: 'nobody@example.com', password: 'analytical engine' }),
    ).toBeNull()
    expect(
      await authorizeWithPassword(store.db, { email: 'link-only@example.com', password: 'anything at all' }),
    ).toBeNull()
    expect(await authorizeWithPassword(store.db, { email: 'not an email', password: 123 })).toBeNull()
  })
})

describe('the sign-up rules', () => {
  it('report each bad field with a message key and normalise the email', () => {
    const bad = SignUpInput.safeParse({ name: ' ', email: 'nope', password: 'short' })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['name', 'nameRequired'],
      ['email', 'emailInvalid'],
      ['password', 'passwordTooShort'],
    ])
    const good = SignUpInput.parse({ name: 'Ada', email: ' Ada@Example.COM ', password: 'lamp-otter-9' })
    expect(good.email).toBe('ada@example.com')
  })

  it('refuse common passwords and one character repeated, whatever the case (issue 17)', () => {
    const password = (value: string) =>
      SignUpInput.safeParse({ name: 'Ada', email: 'ada@example.com', password: value }).error?.issues[0]
        ?.message
    expect(password('12345678')).toBe('passwordTooCommon')
    expect(password('PassWord1')).toBe('passwordTooCommon')
    expect(password('zzzzzzzzzz')).toBe('passwordTooCommon')
    expect(password('handshake')).toBe('passwordTooCommon')
    expect(password('lamp-otter-9')).toBeUndefined()
  })

  it('only redirect to same-site paths after sign-in', () => {
    expect(safeRedirectPath('/review?due=1')).toBe('/review?due=1')
    expect(safeRedirectPath('https://evil.example')).toBe('/')
    expect(safeRedirectPath('//evil.example')).toBe('/')
    expect(safeRedirectPath('/\\evil.example')).toBe('/')
    expect(safeRedirectPath(null)).toBe('/')
  })
})

describe('magic link delivery', () => {
  it('appends one "<email> <url>" line per link to MAGIC_LINK_FILE', async () => {
    const file = path.join(dir, 'links', 'magic.txt')
    await deliverMagicLink({ file, logToConsole: false }, 'a@example.com', 'http://localhost/1')
    await deliverMagicLink({ file, logToConsole: false }, 'b@example.com', 'http://localhost/2')
    expect(readFileSync(file, 'utf8')).toBe(
      'a@example.com http://localhost/1\nb@example.com http://localhost/2\n',
    )
  })

  it('refuses to issue a link that nobody could receive', async () => {
    await expect(deliverMagicLink({ logToConsole: false }, 'a@example.com', 'http://x')).rejects.toThrow(
      /deliver/,
    )
  })
})
