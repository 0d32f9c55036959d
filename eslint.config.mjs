// One linter for the whole tree. The rule that matters most is the last block: the pure
// libraries (engine, scheduling, content parsing) may not reach for React, Next, Prisma or the
// wall clock, so they run identically in the browser, in Node and in tests.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'
import globals from 'globals'

const uiAndDb = [
  { name: 'react', message: 'lib/ pure modules must not import React.' },
  { name: 'react-dom', message: 'lib/ pure modules must not import React.' },
  { name: '@prisma/client', message: 'lib/ pure modules must not touch the database.' },
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
      // Math.max(...xs) passes one argument per element: a long trace overflows the stack (issue 17).
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
          message:
            'Fold with reduce or a loop: spreading an array into Math.max/min overflows on large arrays.',
        },
      ],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: [
      'lib/tcp/**/*.ts',
      'lib/tls/**/*.ts',
      'lib/pcap/**/*.ts',
      'lib/cli/**/*.ts',
      'lib/srs/**/*.ts',
      'lib/practice/**/*.ts',
      'lib/content/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiAndDb,
          patterns: [
            { group: ['next', 'next/*'], message: 'lib/ pure modules must not import Next.' },
            { group: ['@/lib/server/*', '@/components/*'], message: 'lib/ pure modules stay pure.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The engine runs outside the browser too.' },
        { name: 'document', message: 'The engine runs outside the browser too.' },
        { name: 'setTimeout', message: 'Time is passed in: use the virtual clock.' },
        { name: 'setInterval', message: 'Time is passed in: use the virtual clock.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time is passed in: never read the wall clock.' },
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG so runs replay exactly.' },
      ],
    },
  },
)
