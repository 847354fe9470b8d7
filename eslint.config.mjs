import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
// Last among the shared configs: Prettier lays the code out, so ESLint's layout rules are off.
import prettier from 'eslint-config-prettier/flat';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      // `const { secret, ...rest } = row` is how a field is left out; that is not an unused variable.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  {
    // next.config.js is CommonJS (Next loads it with require): it reads the CSP directives it
    // shares with app/lib/security/csp.ts as JSON.
    files: ['next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': ['error', { allow: ['\\.json$'] }] },
  },
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'data/**',
  ]),
]);
