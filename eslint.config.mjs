// One linter for the whole tree. The rules that matter most are the last blocks: the pure
// libraries (engine, scenario catalog, view models, scheduling, content parsing) may not reach for
// React, Next, Auth.js, Prisma, server code or the wall clock, so they run identically in the
// browser, in Node and in tests; and only lib/tcp itself may import the engine's internal files.
// lib/purity-lint.test.ts shows each rule failing on a probe.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'
import globals from 'globals'

const uiAndDb = [
  { name: 'react', message: 'lib/ pure modules must not import React.' },
  { name: 'react-dom', message: 'lib/ pure modules must not import React.' },
  { name: '@prisma/client', message: 'lib/ pure modules must not touch the database.' },
  { name: 'next-auth', message: 'lib/ pure modules must not know about sessions: pass the user in.' },
]

const pureImportPatterns = [
  { group: ['next', 'next/*', 'next-auth/*'], message: 'lib/ pure modules must not import Next or Auth.js.' },
  { group: ['**/server', '**/server/*'], message: 'lib/ pure modules must not import server-only code.' },
  { group: ['@/components/*'], message: 'lib/ pure modules stay pure.' },
]

// The engine's public surface is lib/tcp/index.ts: whatever is not exported there is internal,
// so the engine can be restructured without touching its users.
const engineInternals = {
  group: ['@/lib/tcp/*', '**/lib/tcp/*', '../tcp/*', '../../tcp/*'],
  message: "Import the engine from '@/lib/tcp' (its index.ts), not from its internal files.",
}

// Math.max(...xs) passes one argument per element: a long trace overflows the stack (issue 17).
const noSpreadIntoMathMaxMin = {
  selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
  message: 'Fold with reduce or a loop: spreading an array into Math.max/min overflows on large arrays.',
}

const wallClock = 'Time is passed in: never read the wall clock.'

/** What pure code may not do: reach for the UI, the database, the server or the real clock. */
const pureRules = (importPatterns) => ({
  'no-restricted-imports': ['error', { paths: uiAndDb, patterns: importPatterns }],
  'no-restricted-globals': [
    'error',
    { name: 'window', message: 'The engine runs outside the browser too.' },
    { name: 'document', message: 'The engine runs outside the browser too.' },
    { name: 'requestAnimationFrame', message: 'Pure code has no frames: the view layer schedules paints.' },
    { name: 'setTimeout', message: 'Time is passed in: use the virtual clock.' },
    { name: 'setInterval', message: 'Time is passed in: use the virtual clock.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: wallClock },
    { object: 'performance', property: 'now', message: wallClock },
    { object: 'Math', property: 'random', message: 'Use the seeded PRNG so runs replay exactly.' },
  ],
  'no-restricted-syntax': [
    'error',
    noSpreadIntoMathMaxMin,
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: wallClock },
    { selector: "CallExpression[callee.name='Date']", message: wallClock },
  ],
})

/** Pure libraries besides the engine: they run identically in the browser, in Node and in tests. */
const PURE_OUTSIDE_ENGINE = [
  'lib/scenarios/**/*.ts',
  'lib/sim-view/**/*.ts',
  'lib/playground/**/*.ts',
  'lib/tls/**/*.ts',
  'lib/pcap/**/*.ts',
  'lib/cli/**/*.ts',
  'lib/srs/**/*.ts',
  'lib/practice/**/*.ts',
  'lib/content/**/*.ts',
]

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      'data/**',
      'test-results/**',
      'test-reports/**',
      'playwright-report/**',
      'lib/server/generated/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Config files and scripts written in plain JavaScript run in Node.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // next.config.js is CommonJS (`require`), as Next loads it.
    files: ['next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'no-restricted-syntax': ['error', noSpreadIntoMathMaxMin],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Everything outside the engine reaches it through its index only (tests included).
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['lib/tcp/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [engineInternals] }] },
  },
  {
    files: ['lib/tcp/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: pureRules(pureImportPatterns),
  },
  {
    files: PURE_OUTSIDE_ENGINE,
    ignores: ['**/*.test.ts'],
    rules: pureRules([...pureImportPatterns, engineInternals]),
  },
)
