import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'node_modules/',
      'tools/audio/node_modules/',
      'tools/lighthouse/node_modules/',
      'test-results/',
      'playwright-report/',
      'tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    // The architecture's import rules: only these modules may touch each third-party runtime.
    files: ['src/**/*.ts'],
    ignores: ['src/stage/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'phaser', message: 'Only src/stage may import Phaser.' }] }],
    },
  },
  {
    // Story, codex and save text reach the page only as text: nothing in the game parses HTML.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML'].map((property) => ({
          property,
          message: 'Build DOM with el() and textContent (src/ui/dom.ts); the game inserts no HTML.',
        })),
        ...['insertAdjacentHTML', 'createContextualFragment'].map((property) => ({
          property,
          message: 'The game inserts no HTML: build nodes with el() (src/ui/dom.ts).',
        })),
        ...['write', 'writeln'].map((property) => ({
          object: 'document',
          property,
          message: 'The game inserts no HTML: build nodes with el() (src/ui/dom.ts).',
        })),
      ],
      'no-restricted-globals': ['error', { name: 'DOMParser', message: 'The game parses no HTML.' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Phaser's sources are CommonJS, and so is the entry that picks the parts of them the map uses.
    files: ['src/stage/phaser-slim.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
