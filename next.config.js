// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets two builds (say, a developer's and the test suite's) live side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native modules are loaded by Node at run time rather than bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  poweredByHeader: false,
  reactStrictMode: true,
}

module.exports = nextConfig
