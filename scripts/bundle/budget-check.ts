/** Compares measured first-load sizes with the budgets; pure, so the verdict is testable. */

export interface RouteSize {
  route: string
  bytes: number
}

export interface BudgetVerdict {
  route: string
  kib: number
  budgetKib: number
  /** KiB over the budget; zero or less means within it. */
  excessKib: number
}

const KIB = 1024

/** One verdict per route, largest excess first. */
export function checkBudgets(
  sizes: readonly RouteSize[],
  budgets: Readonly<Record<string, number>>,
  defaultBudgetKib: number,
): BudgetVerdict[] {
  return sizes
    .map(({ route, bytes }) => {
      const budgetKib = budgets[route] ?? defaultBudgetKib
      const kib = bytes / KIB
      return { route, kib, budgetKib, excessKib: kib - budgetKib }
    })
    .sort((a, b) => b.excessKib - a.excessKib)
}

/** Budgets naming a route the build does not have: a renamed page would otherwise lose its budget. */
export function staleBudgets(
  sizes: readonly RouteSize[],
  budgets: Readonly<Record<string, number>>,
): string[] {
  const routes = new Set(sizes.map((s) => s.route))
  return Object.keys(budgets).filter((r) => !routes.has(r))
}

/** The failure line for one route over its budget. */
export function describeExcess(v: BudgetVerdict): string {
  return `${v.route}: first-load JS ${v.kib.toFixed(1)} KiB gzip is ${v.excessKib.toFixed(1)} KiB over its ${v.budgetKib} KiB budget`
}
