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
  {
    // Layers (STYLE 19): db/ and domain/ never reach into app/.
    files: ['db/**', 'domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/|(\\.\\./)+)app(/|$)',
              message: 'db/ and domain/ do not import from app/: move what both need into domain/.',
            },
          ],
        },
      ],
    },
  },
  {
    // app/ui presents what it is given: the routes read it, from db/ or through the cached
    // reads (STYLE 19). Types are erased and allowed: a component names the rows it shows.
    files: ['app/ui/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/|(\\.\\./)+)(db(/|$)|app/lib/(overview-data|list-page)$)',
              allowTypeImports: true,
              message:
                'app/ui does not read the database: the route reads, the component is given the result.',
            },
          ],
        },
      ],
    },
  },
  {
    // domain/ (vocabulary, input schemas) is shared by the database layer and the forms: it depends on neither.
    files: ['domain/**'],
    // Its tests may borrow the database layer's hostile-input fixtures.
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(@/|(\\.\\./)+)(app|db)(/|$)', message: 'domain/ depends on neither app/ nor db/.' },
          ],
        },
      ],
    },
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
