// The server's environment, validated with zod. Kept free of `server-only` and Next imports so
// instrumentation.ts, scripts and unit tests can load it; app code imports `env` from ./env.
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { defaultDatabaseUrl } from './db-url'

const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional()

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string()
      .trim()
      .regex(/^(file:|postgres(ql)?:\/\/)/, 'must be file:/path/to.db or postgresql://…')
      .optional(),
    AUTH_SECRET: z
      .string()
      .min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)')
      .optional(),
    AUTH_URL: z.url('must be an absolute URL such as http://localhost:3000').optional(),
    AUTH_GITHUB_ID: optional,
    AUTH_GITHUB_SECRET: optional,
    /** When set, magic links are appended to this file (the e2e suite reads them from there). */
    MAGIC_LINK_FILE: optional,
  })
  .superRefine((env, ctx) => {
    if (!env.AUTH_GITHUB_ID !== !env.AUTH_GITHUB_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: [env.AUTH_GITHUB_ID ? 'AUTH_GITHUB_SECRET' : 'AUTH_GITHUB_ID'],
        message: 'GitHub sign-in needs both AUTH_GITHUB_ID and AUTH_GITHUB_SECRET',
      })
    }
  })

export type Env = Omit<z.infer<typeof EnvSchema>, 'AUTH_SECRET' | 'DATABASE_URL'> & {
  AUTH_SECRET: string
  DATABASE_URL: string
  /** GitHub OAuth is offered only when both of its variables are set. */
  githubEnabled: boolean
}

export class EnvError extends Error {
  constructor(problems: string[]) {
    super(`Invalid server environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'EnvError'
  }
}

export type EnvOptions = {
  /** Where development keeps its generated AUTH_SECRET. */
  devSecretFile?: string
  /** `next build` evaluates server modules without the runtime secrets; skip the secret check there. */
  building?: boolean
}

/** The development AUTH_SECRET: read from `file`, created there (mode 600) on first use. */
export function devSecret(file: string): string {
  try {
    const kept = readFileSync(file, 'utf8').trim()
    if (kept.length >= 32) return kept
  } catch {
    // Not created yet.
  }
  const secret = randomBytes(32).toString('base64url')
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/**
 * Validates the environment, failing with every problem at once. AUTH_SECRET is required in
 * production; in development and tests one is generated and kept in data/auth-secret, so sessions
 * survive restarts.
 */
export function parseEnv(source: Record<string, string | undefined>, options: EnvOptions = {}): Env {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`))
  }
  const env = parsed.data
  let secret = env.AUTH_SECRET
  if (!secret && env.NODE_ENV === 'production') {
    if (!options.building) {
      throw new EnvError([
        'AUTH_SECRET: required in production. Generate one with `openssl rand -base64 32` and export it ' +
          '(`npm start` does this for you, keeping it in data/auth-secret).',
      ])
    }
    secret = 'build-time-placeholder-never-used-to-sign-anything'
  }
  secret ??= devSecret(options.devSecretFile ?? path.join(process.cwd(), 'data', 'auth-secret'))
  return {
    ...env,
    AUTH_SECRET: secret,
    DATABASE_URL: env.DATABASE_URL ?? defaultDatabaseUrl(),
    githubEnabled: Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET),
  }
}

/** Validates process.env and writes back the defaults, so Auth.js and Prisma see the same values. */
export function loadEnv(): Env {
  const env = parseEnv(process.env, { building: process.env.NEXT_PHASE === 'phase-production-build' })
  process.env.AUTH_SECRET = env.AUTH_SECRET
  process.env.DATABASE_URL = env.DATABASE_URL
  return env
}
