/**
 * `npx tsx scripts/bundle/check.ts` after `next build` (scripts/test.sh runs it): prints every
 * route's first-load JS (gzip) against its budget and exits 1, naming the route and the excess,
 * when one is over. Reads the build in NEXT_DIST_DIR (default `.next`).
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { checkBudgets, describeExcess, staleBudgets } from './budget-check'
import { DEFAULT_BUDGET_KIB, FIRST_LOAD_BUDGETS_KIB } from './budgets'
import { firstLoadBytes, gzipSizer, readRouteFirstLoads } from './first-load'

const distDir = resolve(process.env.NEXT_DIST_DIR || '.next')
if (!existsSync(resolve(distDir, 'build-manifest.json'))) {
  console.error(`bundle budget: no build in ${distDir}; run \`next build\` first`)
  process.exit(1)
}

const sizeOf = gzipSizer(distDir)
const sizes = readRouteFirstLoads(distDir).map((r) => ({ route: r.route, bytes: firstLoadBytes(r, sizeOf) }))
const verdicts = checkBudgets(sizes, FIRST_LOAD_BUDGETS_KIB, DEFAULT_BUDGET_KIB)

console.log('route                          first-load JS (KiB gzip)   budget')
for (const v of [...verdicts].sort((a, b) => a.route.localeCompare(b.route))) {
  console.log(`${v.route.padEnd(30)} ${v.kib.toFixed(1).padStart(10)} ${String(v.budgetKib).padStart(22)}`)
}

const over = verdicts.filter((v) => v.excessKib > 0)
const stale = staleBudgets(sizes, FIRST_LOAD_BUDGETS_KIB)
for (const v of over) console.error(`bundle budget exceeded: ${describeExcess(v)}`)
for (const r of stale)
  console.error(`bundle budget for ${r}: no such route in the build (scripts/bundle/budgets.ts)`)
if (over.length > 0 || stale.length > 0) process.exit(1)
console.log(`bundle budget: ${verdicts.length} routes within budget`)
