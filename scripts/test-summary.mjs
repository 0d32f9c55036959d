// Sums the JSON reports of Vitest and Playwright into the one closing line CI reads:
// "tests: N passed, N failed". Exits non-zero when any test failed or none ran.
import { readFileSync } from 'node:fs'

const [vitestFile, playwrightFile] = process.argv.slice(2)
const vitest = JSON.parse(readFileSync(vitestFile, 'utf8'))
const playwright = JSON.parse(readFileSync(playwrightFile, 'utf8'))

const unitPassed = vitest.numPassedTests
const unitFailed = vitest.numFailedTests
const e2ePassed = playwright.stats.expected
const e2eFailed = playwright.stats.unexpected + playwright.stats.flaky
const skipped = vitest.numPendingTests + vitest.numTodoTests + playwright.stats.skipped

const passed = unitPassed + e2ePassed
const failed = unitFailed + e2eFailed
console.log(
  `\nunit: ${unitPassed} passed, ${unitFailed} failed; e2e: ${e2ePassed} passed, ${e2eFailed} failed`,
)
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
