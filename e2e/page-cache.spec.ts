import type { Browser, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { startServer, type ServerProcess } from './server-process';

// A reader's browser asks for more than the page: its scripts, and the route behind each
// link the reader reaches for (app/ui/link.tsx, app/ui/prefetch-on-intent.tsx), not every
// link in view. Once one reader has opened a page, the next reader's requests are all
// answered from the server's page cache (scripts/response-cache.mjs), and what it replays
// takes them where the links say.

interface Answer {
  url: string;
  status: number;
  state: string | undefined;
  /** The router asked for it (RSC payload), and whether as a prefetch. */
  rsc: 'prefetch' | 'navigation' | null;
}

/** Waits until a further second brings no new answer. */
async function settle(page: Page, answers: Answer[]): Promise<void> {
  await page.waitForLoadState('networkidle');
  for (let seen = -1; seen !== answers.length;) {
    seen = answers.length;
    await page.waitForTimeout(1_000);
    await page.waitForLoadState('networkidle');
  }
}

/** A new reader (own context: nothing cached in the browser) with every answer of this server recorded. */
async function newReader(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const answers: Answer[] = [];
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (!response.url().startsWith(baseURL)) return;
    const headers = response.request().headers();
    answers.push({
      url: response.url().slice(baseURL.length),
      status: response.status(),
      state: response.headers()['x-response-cache'],
      rsc: headers.rsc === undefined ? null : headers['next-router-prefetch'] ? 'prefetch' : 'navigation',
    });
  });
  return { context, page, answers, errors };
}

/** The first link in the rows of the page's table (the headers' links sort this page). */
const firstRowLink = (page: Page) => page.getByRole('table').locator('tbody').getByRole('link').first();

/**
 * What a reader points at on a list page, resting on each until its page is prefetched: a
 * link in the site's nav, and the first row's. (Passing over a link in less than the hover
 * delay prefetches nothing, so a reader whose pointer moved on sooner, as a fast run's
 * did, asked for other pages than the next one.)
 */
async function reachForLinks(page: Page, answers: Answer[]): Promise<void> {
  for (const link of [
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }),
    firstRowLink(page),
  ]) {
    const href = (await link.getAttribute('href'))!;
    await link.hover();
    await expect
      .poll(() => answers.some((a) => a.rsc === 'prefetch' && a.url.startsWith(`${href}?`)))
      .toBe(true);
  }
}

test.describe('links and the page cache, as readers meet them', () => {
  // A server of their own, so what a second reader asks for was stored by this test's first
  // reader. On the shared server an entry stored by an earlier test (the icon) could pass
  // its 60 s age between the two readers, and the second one met a MISS (CI, once).
  let dir: string;
  let server: ServerProcess;
  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tracker-page-cache-'));
    server = await startServer(path.join(dir, 'tracker.db'));
  });
  test.afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('prefetches a page only when the reader reaches for its link', async ({ browser }) => {
    const { context, page, answers, errors } = await newReader(browser, server.url);
    await page.goto('/aid');
    await settle(page, answers);
    // Dozens of links in view, none fetched ahead. (Next 16.5's router prefetches the page
    // it is on, its own segment, for going back to it later: that is no link's page.)
    expect(answers.filter((a) => a.rsc !== null && !a.url.startsWith('/aid?')).map((a) => a.url)).toEqual([]);

    const title = firstRowLink(page);
    const href = (await title.getAttribute('href'))!;
    await title.hover();
    await expect
      .poll(() => answers.filter((a) => a.rsc === 'prefetch' && a.url.startsWith(`${href}?`)).length)
      .toBeGreaterThan(0);

    // From the keyboard: focusing a link prefetches its page.
    const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' });
    await nav.focus();
    await expect
      .poll(() => answers.filter((a) => a.rsc === 'prefetch' && a.url.startsWith('/sources?')).length)
      .toBeGreaterThan(0);
    await context.close();
    expect(errors).toEqual([]);
  });

  test('answers a second reader’s page, prefetches and scripts from the cache', async ({ browser }) => {
    // Four readers, each settling twice (a quiet second apart): 30 s was too short on two
    // cores busy with other work.
    test.setTimeout(90_000);
    for (const path of ['/aid', '/sanctions']) {
      for (const reader of ['first', 'second']) {
        const { context, page, answers, errors } = await newReader(browser, server.url);
        await page.goto(path);
        await settle(page, answers);
        await reachForLinks(page, answers);
        await settle(page, answers);
        await context.close();
        expect(errors, `console errors on ${path}`).toEqual([]);
        if (reader === 'first') continue;
        expect(answers.filter((a) => a.rsc === 'prefetch').length, `prefetches on ${path}`).toBeGreaterThan(
          1,
        );
        expect(
          answers.filter((a) => a.url.startsWith('/_next/static/')).length,
          `scripts on ${path}`,
        ).toBeGreaterThan(3);
        expect(
          answers.filter((a) => a.state !== 'HIT').map((a) => `${a.status} ${a.state} ${a.url}`),
          `answers to the second reader of ${path} not from the cache`,
        ).toEqual([]);
      }
    }
  });

  test('takes a reader where a link says when its payload comes from the cache', async ({ browser }) => {
    for (const reader of ['first', 'second']) {
      const { context, page, answers, errors } = await newReader(browser, server.url);
      await page.goto('/aid');
      await settle(page, answers);
      const before = answers.length;
      // The reader rests on the link before clicking, so both readers' routers ask for the
      // same payloads (a click within the hover delay skips the prefetch, and the navigation
      // then asks for more).
      const link = page.getByRole('table').getByRole('link', { name: 'Ukraine', exact: true }).first();
      await link.hover();
      await expect
        .poll(() =>
          answers.slice(before).some((a) => a.rsc === 'prefetch' && a.url.startsWith('/parties/ukraine?')),
        )
        .toBe(true);
      await link.click();
      await expect(page).toHaveURL(/\/parties\/ukraine$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Ukraine' })).toBeVisible();
      await expect(page.getByTestId('party-received').getByRole('link')).toHaveText(
        /^\$[\d.]+ (million|billion)$/,
      );
      const navigation = answers.slice(before).filter((a) => a.rsc === 'navigation');
      await context.close();
      expect(errors).toEqual([]);
      // The page came by client-side navigation (an RSC payload), from the cache the second time.
      expect(navigation.length).toBeGreaterThan(0);
      if (reader === 'second') expect(navigation.map((a) => a.state)).toEqual(navigation.map(() => 'HIT'));
    }
  });
});
