// Runs once when the server starts: a bad environment (say, no AUTH_SECRET in production) stops
// `next start` with a readable list of problems instead of failing later inside Auth.js; and
// lib/server/http-edge.ts takes the first look at each request (TRACE, the client's address).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkEnvOrExit } = await import('./lib/server/env-boot')
    checkEnvOrExit()
    const { installHttpEdge } = await import('./lib/server/http-edge')
    installHttpEdge()
  }
}
