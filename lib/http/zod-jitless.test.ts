import { describe, expect, it, vi } from 'vitest'
import { ZOD_JITLESS } from './zod-jitless'

describe('ZOD_JITLESS', () => {
  it('makes a Zod loaded afterwards run jitless, as z.config({ jitless: true }) would', async () => {
    const scope = globalThis as typeof globalThis & { __zod_globalConfig?: Record<string, unknown> }
    const before = scope.__zod_globalConfig
    try {
      delete scope.__zod_globalConfig
      ZOD_JITLESS.apply(globalThis)
      vi.resetModules()
      const { z } = await import('zod')
      expect(z.config().jitless).toBe(true)
      // And the parsers Zod builds then still parse.
      expect(z.object({ a: z.number() }).parse({ a: 1 })).toEqual({ a: 1 })
    } finally {
      scope.__zod_globalConfig = before
    }
  })
})
