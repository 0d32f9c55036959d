import { defineConfig } from '@playwright/test'

// `npm test` builds the app, migrates a throw-away SQLite file and then runs this suite against
// `next start`. Auth.js builds its redirect origin from `localhost`, so the browser must use it too.
const PORT = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://localhost:${PORT}`
// The server appends magic links here instead of mailing them; e2e/fixtures.ts reads them back.
// Set on process.env so both the server and the test workers inherit the same path.
process.env.MAGIC_LINK_FILE ??= `${process.cwd()}/data/magic-links-${PORT}.txt`

export default defineConfig({
  testDir: './e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL,
    browserName: 'chromium',
    // Narrower than the question page's two-column breakpoint (1100 px), so journeys meet each
    // simulation in the text; e2e/question-layout.spec.ts covers the side pane at 1280 px.
    viewport: { width: 1024, height: 768 },
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${PORT}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 90_000,
    stdout: 'pipe',
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      AUTH_URL: baseURL,
      AUTH_TRUST_HOST: 'true',
    },
  },
})
