import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// The production build the tests run against: nothing of the database layer may reach the browser.
test('no database code or SQL reaches the browser bundles', () => {
  const dir = path.resolve('.next', 'static', 'chunks');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  const offenders = files.filter((file) => {
    const code = readFileSync(path.join(dir, file), 'utf8');
    return /better-sqlite3|drizzle-orm|FROM aid_packages|FROM sanctions|DATABASE_PATH/.test(code);
  });
  expect(offenders).toEqual([]);
});
