// Sums the JSON reports of Vitest, Playwright and the fresh-clone start check into the one closing
// line CI reads: "tests: N passed, N failed". Exits non-zero when any test failed or none ran.
import { readFileSync } from 'node:fs'

const [vitestFile, playwrightFile, freshStartFile] = process.argv.slice(2)
const read = (file) => JSON.parse(readFileSync(file, 'utf8'))
const vitest = read(vitestFile)
const playwright = read(playwrightFile)
// scripts/check-fresh-start.sh: its three starts count as three checks.
const freshStart = freshStartFile ? read(freshStartFile) : { passed: 0, failed: 0 }

const unitPassed = vitest.numPassedTests
const unitFailed = vitest.numFailedTests
const e2ePassed = playwright.stats.expected
const e2eFailed = playwright.stats.unexpected + playwright.stats.flaky
const skipped = vitest.numPendingTests + vitest.numTodoTests + playwright.stats.skipped

const passed = unitPassed + e2ePassed + freshStart.passed
const failed = unitFailed + e2eFailed + freshStart.failed
console.log(
  `\nunit: ${unitPassed} passed, ${unitFailed} failed; e2e: ${e2ePassed} passed, ${e2eFailed} failed;` +
    ` fresh-clone start: ${freshStart.passed} passed, ${freshStart.failed} failed`,
)
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
