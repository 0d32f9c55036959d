import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { EnvError, parseEnv } from './env-schema'

const secret = 'a'.repeat(32)
const dir = mkdtempSync(path.join(tmpdir(), 'handshake-env-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('parseEnv', () => {
  it('stops production start-up with a clear message when AUTH_SECRET is missing', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(EnvError)
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET: required in production/)
  })

  it('lets `next build` evaluate server modules without the runtime secret', () => {
    expect(parseEnv({ NODE_ENV: 'production' }, { building: true }).AUTH_SECRET).toBeTruthy()
  })

  it('accepts a production environment with a long enough secret and defaults the database', () => {
    const env = parseEnv({ NODE_ENV: 'production', AUTH_SECRET: secret })
    expect(env.AUTH_SECRET).toBe(secret)
    expect(env.DATABASE_URL).toBe(`file:${path.join(process.cwd(), 'data', 'handshake.db')}`)
    expect(env.githubEnabled).toBe(false)
  })

  it('generates a development secret once and keeps it in the secret file, readable by its owner only', () => {
    const file = path.join(dir, 'data', 'auth-secret')
    const first = parseEnv({ NODE_ENV: 'development' }, { devSecretFile: file }).AUTH_SECRET
    const second = parseEnv({ NODE_ENV: 'development' }, { devSecretFile: file }).AUTH_SECRET
    expect(first).toHaveLength(43)
    expect(second).toBe(first)
    expect(readFileSync(file, 'utf8')).toBe(first)
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('rejects a short secret, a malformed database URL and a half-configured GitHub app, all at once', () => {
    let message = ''
    try {
      parseEnv({
        NODE_ENV: 'production',
        AUTH_SECRET: 'short',
        DATABASE_URL: 'mysql://x',
        AUTH_GITHUB_ID: 'id',
      })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/AUTH_SECRET: must be at least 32 characters/)
    expect(message).toMatch(/DATABASE_URL: must be file:/)
    expect(message).toMatch(/AUTH_GITHUB_SECRET: GitHub sign-in needs both/)
  })

  it('switches GitHub sign-in on only when both of its variables are set', () => {
    const base = { NODE_ENV: 'test', AUTH_SECRET: secret }
    expect(parseEnv({ ...base, AUTH_GITHUB_ID: 'id', AUTH_GITHUB_SECRET: 's' }).githubEnabled).toBe(true)
    expect(parseEnv({ ...base, AUTH_GITHUB_ID: '', AUTH_GITHUB_SECRET: '' }).githubEnabled).toBe(false)
  })
})
