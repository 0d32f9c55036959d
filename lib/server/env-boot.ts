// Node-only start-up check, imported by instrumentation.ts (kept out of the Edge bundle there).
import { EnvError, loadEnv } from './env-schema'

/** Validates the environment; on a bad one prints the problems and exits with status 1. */
export function checkEnvOrExit(): void {
  try {
    loadEnv()
  } catch (error) {
    if (!(error instanceof EnvError)) throw error
    // Next only logs a failing register() and keeps a broken server listening: exit instead.
    console.error(error.message)
    process.exit(1)
  }
}
