import { test as base, expect } from '@playwright/test';

interface Fixtures {
  /** Console errors the test expects (e.g. the browser's own log line for a 404 page). */
  allowConsoleError: (pattern: RegExp) => void;
}

/** Fails any test whose page logs a console error it did not expect, or throws. */
export const test = base.extend<Fixtures & { consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
    },
    { auto: true },
  ],
  allowConsoleError: [
    async ({ consoleErrors }, use) => {
      const allowed: RegExp[] = [];
      await use((pattern) => allowed.push(pattern));
      const unexpected = consoleErrors.filter((e) => !allowed.some((p) => p.test(e)));
      expect(unexpected, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
