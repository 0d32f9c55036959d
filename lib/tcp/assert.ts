/** Compile-time exhaustiveness: a switch that handles every member of a union ends here. */
export function assertNever(x: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(x)}`)
}
