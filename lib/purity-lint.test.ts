/**
 * The purity lint (eslint.config.mjs) on probe files: each forbidden import or clock read fails
 * under the rule that forbids it, and the allowed forms pass. The probes never touch the disk:
 * ESLint lints a string as if it were the file named.
 */
import path from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

let eslint: ESLint
beforeAll(() => {
  eslint = new ESLint({ cwd: path.resolve(__dirname, '..') })
})

/** The rule ids ESLint reports for `code` in a file at `file` (relative to the repository). */
async function rulesBroken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(__dirname, '..', file) })
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`)
}

const importing = (from: string) => `import { probe } from '${from}'\nexport const used = probe\n`

describe('the purity lint', { timeout: 60_000 }, () => {
  it.each([
    ['lib/sim-view/probe.ts', 'react'],
    ['lib/sim-view/probe.ts', 'next/navigation'],
    ['lib/sim-view/probe.ts', 'next-auth'],
    ['lib/playground/probe.ts', 'next-auth/react'],
    ['lib/playground/probe.ts', '@/lib/server/db'],
    ['lib/scenarios/topics/probe.ts', '../../server/session'],
    ['lib/tcp/conn/probe.ts', '@/lib/server/auth'],
    ['lib/sim-view/probe.ts', '@prisma/client'],
    ['lib/sim-view/probe.ts', '@/components/sim/Ladder'],
  ])('%s may not import %s', async (file, from) => {
    expect(await rulesBroken(file, importing(from))).toEqual(['no-restricted-imports'])
  })

  it.each([
    ['performance.now()', 'no-restricted-properties'],
    ['Date.now()', 'no-restricted-properties'],
    ['Math.random()', 'no-restricted-properties'],
    ['new Date()', 'no-restricted-syntax'],
    ['Date()', 'no-restricted-syntax'],
    ['requestAnimationFrame(() => 0)', 'no-restricted-globals'],
    ['setTimeout(() => 0, 1)', 'no-restricted-globals'],
  ])('pure code may not call %s', async (call, rule) => {
    for (const file of ['lib/tcp/sim/probe.ts', 'lib/sim-view/probe.ts', 'lib/playground/probe.ts'])
      expect(await rulesBroken(file, `export const read = () => ${call}\n`), file).toEqual([rule])
  })

  it('lets pure code turn a timestamp it was given into a Date', async () => {
    expect(
      await rulesBroken('lib/practice/probe.ts', 'export const at = (ms: number) => new Date(ms)\n'),
    ).toEqual([])
  })

  it('lets components and tests read the clock, which pure modules may not', async () => {
    expect(await rulesBroken('lib/sim-view/probe.test.ts', 'export const t = performance.now()\n')).toEqual(
      [],
    )
    expect(await rulesBroken('components/sim/Probe.tsx', 'export const t = performance.now()\n')).toEqual([])
  })
})

describe('the engine boundary', { timeout: 60_000 }, () => {
  it.each([
    ['lib/sim-view/probe.ts', '@/lib/tcp/segment'],
    ['lib/scenarios/probe.ts', '@/lib/tcp/sim/runner'],
    ['components/sim/Probe.tsx', '@/lib/tcp/scenario/schema'],
    ['lib/sim-view/probe.test.ts', '@/lib/tcp/seq'],
    ['e2e/probe.ts', '../lib/tcp/trace'],
  ])('%s may not import the engine file %s', async (file, from) => {
    expect(await rulesBroken(file, importing(from))).toEqual(['no-restricted-imports'])
  })

  it('lets everything import the engine through its index, and the engine its own files', async () => {
    expect(await rulesBroken('lib/sim-view/probe.ts', importing('@/lib/tcp'))).toEqual([])
    expect(await rulesBroken('components/sim/Probe.tsx', importing('@/lib/tcp'))).toEqual([])
    expect(await rulesBroken('lib/tcp/conn/probe.ts', importing('../seq'))).toEqual([])
  })
})
