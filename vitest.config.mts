import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // `server-only` throws outside Next's server bundle; in tests the code runs on the server anyway.
    alias: { 'server-only': path.resolve(import.meta.dirname, 'db/testing/empty-module.ts') },
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**'],
    // Each file opens its own temporary database; keep them in separate processes.
    pool: 'forks',
  },
});
