import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'prisma/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    // The engine's property tests are CPU-bound; two workers match CI's two cores.
    maxWorkers: 2,
  },
})
