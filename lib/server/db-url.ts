import path from 'node:path'

/** The SQLite database used when DATABASE_URL is unset: data/handshake.db under the project root. */
export function defaultDatabaseUrl(root: string = process.cwd()): string {
  return `file:${path.join(root, 'data', 'handshake.db')}`
}

/** True for postgres:// and postgresql:// URLs, which select the PostgreSQL client. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url)
}
