// typescript-eslint, strict and type-checked; npm test runs it with prettier's check.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.cache/**',
      '.node24/**',
      '.scratch/**',
      'coverage/**',
      'examples/**',
      'workflows-templates/**',
      '__tests__/fixtures/**',
      '__tests__/harness/actions/**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Options, not rules turned off: numbers and booleans read fine in messages; `x => void f(x)` and
      // `m => log(m)` are the house style for one-line callbacks.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // An empty string is "not set" for environment variables and inputs: `||` is meant there.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
    },
  },
  {
    // One adapter per front door: only src/ports/github/ talks to @actions/*.
    files: ['src/**/*.ts'],
    ignores: ['src/ports/github/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@actions/*'], message: "Only src/ports/github/ imports @actions/* (the action's one adapter)." }] },
      ],
    },
  },
  {
    // Test fakes implement async ports with values at hand: `async () => x` is how they return a promise.
    files: ['__tests__/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked, languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
)
