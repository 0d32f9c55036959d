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
  // scripts/test.sh runs `tsc --noEmit` over the same files (route types included, from
  // `next typegen`) just before it builds, so its build skips Next's second, identical check.
  // Every other build, `npm start`'s included, type-checks as usual.
  typescript: { ignoreBuildErrors: process.env.HANDSHAKE_TYPES_CHECKED === '1' },
  reactStrictMode: true,
  compiler: {
    defineServer: {
      'process.env.HANDSHAKE_PG_CLIENT': pgClientGenerated ? 'bundled' : 'absent',
    },
  },
  // proxy.ts must see the client router's headers (Next-Router-State-Tree …) to check them; by
  // default Next hides them from the proxy. With the App Router alone nothing else changes.
  skipProxyUrlNormalize: true,
  experimental: {
    // proxy.ts reads server-action bodies and streamed bodies to check them. Next cuts what it
    // buffers at this size, silently, so it is twice the 1 MB limit (lib/http/request-guard.ts
    // MAX_BODY_BYTES): a body cut here still reads as over the limit, and gets 413.
    proxyClientMaxBodySize: 2 * 1024 * 1024,
    // Not `inlineCss` (tried for issue #16): React writes the inlined stylesheets as one
    // <style data-precedence> without the CSP nonce, since Next hands React the nonce as a string,
    // which React applies to scripts only. Our style-src ('self' plus the nonce) then blocks it
    // and pages render unstyled.
  },
  // proxy.ts sets the full set on pages and routes; the static files it skips get these two.
  async headers() {
    return [
      {
        source: '/_next/static/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ]
  },
}

module.exports = nextConfig
