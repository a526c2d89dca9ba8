// ESLint flat config: typescript-eslint's recommended rules, without type
// information so that `npm run lint` stays fast. Formatting is Prettier's job.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', '.data/', 'coverage/', 'public/', 'web/dist/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        // Node's globals, listed rather than pulled from another package.
        process: 'readonly',
        Buffer: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        clearImmediate: 'readonly',
        structuredClone: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      // TypeORM entity and migration lists are typed `Function[]` on purpose (constructors of any shape).
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // Sanitizing and normalizing reader text matches control characters on purpose, and a
      // disable comment above such a regex does not survive Prettier wrapping the statement.
      'no-control-regex': 'off',
      // `_name` marks a deliberately unused parameter or destructured field.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Lists single invisible characters (zero-width joiner among them) on purpose, anchored to one character.
    files: ['src/modules/error-reports/quote-locator.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
);
