// @ts-check
const { existsSync } = require('node:fs')
const path = require('node:path')

// The PostgreSQL Prisma client is generated only on the PostgreSQL path (scripts/start.sh when
// DATABASE_URL is postgresql://, and the test suite). When it is absent the build must not reach
// for it, so lib/server/db.ts sees this constant and its PostgreSQL branch compiles away.
const pgClientGenerated = existsSync(path.join(__dirname, 'lib/server/generated/prisma-pg/client.ts'))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets two builds (say, a developer's and the test suite's) live side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native modules are loaded by Node at run time rather than bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  poweredByHeader: false,
  reactStrictMode: true,
  compiler: {
    defineServer: {
      'process.env.HANDSHAKE_PG_CLIENT': pgClientGenerated ? 'bundled' : 'absent',
    },
  },
}

module.exports = nextConfig
