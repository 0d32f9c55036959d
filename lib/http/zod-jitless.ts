/**
 * Zod 4's global configuration lives on `globalThis.__zod_globalConfig`; Zod creates it when its
 * core loads and keeps one that already exists. Setting `jitless` there before Zod loads is what
 * `z.config({ jitless: true })` would do, without importing Zod (see instrumentation-client.ts).
 */
export const ZOD_JITLESS = {
  apply(scope: typeof globalThis) {
    const holder = scope as typeof globalThis & { __zod_globalConfig?: Record<string, unknown> }
    holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true }
  },
}
