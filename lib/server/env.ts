import 'server-only'
import { loadEnv } from './env-schema'

/** The validated server environment; importing this module fails fast on a bad one. */
export const env = loadEnv()
