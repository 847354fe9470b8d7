import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Request } from '@playwright/test';
import { hashPassword } from '../app/lib/auth/password';
import { expect, test } from './fixtures';
import { countRows, e2eDatabase, pickParty, signIn } from './admin';

// These start signed out, whatever the admin project's stored sign-in.
test.use({ storageState: { cookies: [], origins: [] } });

const ADMIN_PAGES = [
  '/admin',
  '/admin/aid',
  '/admin/aid/new',
  '/admin/aid/1',
  '/admin/history',
  '/admin/sanctions',
  '/admin/events',
  '/admin/parties',
  '/admin/sources',
];

test('signed out, every admin page redirects to sign-in', async ({ page }) => {
  for (const url of ADMIN_PAGES) {
    const response = await page.goto(url);
    await expect(page).toHaveURL(/\/admin\/login\?next=/);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  }
});

/** Captures the browser's own server-action request for saving an aid package, without sending it. */
async function captureSaveRequest(page: import('@playwright/test').Page): Promise<Request> {
  await signIn(page);
  await page.goto('/admin/aid/new');
  await pickParty(page, 'Donor', 'united k', /United Kingdom/);
  await pickParty(page, 'Recipient', 'ukr', /Ukraine/);
  await page.getByLabel('Category').selectOption('economic');
  await page.getByLabel('Status').selectOption('delivered');
  await page.getByLabel('Announced on').fill('2022-05-05');
  await page.getByLabel('Title', { exact: true }).fill('Captured, never stored');
  await page.getByLabel('Find a source').fill('Russie');
  await page.getByRole('option', { name: /La Russie/ }).click();
  await page.getByLabel('Quote from source 1').fill('quote');
  let captured: Request | undefined;
  await page.route('**/admin/aid/new', async (route) => {
    if (route.request().headers()['next-action']) {
      captured = route.request();
      await route.abort();
    } else await route.continue();
  });
  await page.getByRole('button', { name: 'Add aid package' }).click();
  await expect.poll(() => captured).toBeDefined();
  return captured as Request;
}

test('server actions called directly without a valid session are refused and store nothing', async ({
  page,
  playwright,
  baseURL,
  allowConsoleError,
}) => {
  allowConsoleError(/Failed to load resource|net::ERR_FAILED|Failed to fetch/);
  const save = await captureSaveRequest(page);
  // From the site's own origin, so that only the session stands in the way.
  const headers = {
    'next-action': save.headers()['next-action'] ?? '',
    'content-type': save.headers()['content-type'] ?? '',
    origin: baseURL ?? '',
  };
  const body = save.postDataBuffer() ?? Buffer.alloc(0);
  const before = { aid: countRows('aid_packages'), audit: countRows('audit_log') };

  const cookies: Record<string, string> = {
    none: '',
    forged: `tracker_session=${'A'.repeat(43)}`,
    malformed: 'tracker_session=not-a-token',
  };
  for (const [kind, cookie] of Object.entries(cookies)) {
    const client = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: cookie ? { cookie } : {},
    });
    // The proxy lets POSTs through: the action itself must refuse.
    const response = await client.post('/admin/aid/new', { headers, data: body, maxRedirects: 0 });
    expect(await response.text(), `${kind} cookie`).toContain('Your session has ended');
    await client.dispose();
  }
  expect({ aid: countRows('aid_packages'), audit: countRows('audit_log') }).toEqual(before);
});

test('an expired session is refused too', async ({ page, playwright, baseURL, allowConsoleError }) => {
  allowConsoleError(/Failed to load resource|net::ERR_FAILED|Failed to fetch/);
  const save = await captureSaveRequest(page);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'tracker_session');
  expect(cookie).toBeDefined();
  const db = new Database(path.join(process.env.E2E_DATABASE_DIR ?? '', 'tracker.db'));
  // Only this test's own session: the other specs keep theirs.
  const tokenHash = createHash('sha256')
    .update(cookie?.value ?? '')
    .digest('hex');
  db.prepare(`UPDATE sessions SET expires_at = '2000-01-01T00:00:00.000Z' WHERE token_hash = ?`).run(
    tokenHash,
  );
  db.close();
  const client = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `tracker_session=${cookie?.value}` },
  });
  const before = countRows('aid_packages');
  const headers = {
    'next-action': save.headers()['next-action'] ?? '',
    'content-type': save.headers()['content-type'] ?? '',
    origin: baseURL ?? '',
  };
  const response = await client.post('/admin/aid/new', { headers, data: save.postDataBuffer() ?? undefined });
  expect(await response.text()).toContain('Your session has ended');
  expect(countRows('aid_packages')).toBe(before);
  await client.dispose();
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login/);
});

test('wrong passwords are slowed after five, the same whether or not the account exists', async ({
  page,
}) => {
  const email = 'throttled-editor@example.org';
  const password = 'a-correct-password-1';
  const db = new Database(path.join(process.env.E2E_DATABASE_DIR ?? '', 'tracker.db'));
  db.prepare('INSERT INTO users (email, name, password_hash) VALUES (?, ?, ?)').run(
    email,
    'Throttled',
    await hashPassword(password),
  );
  db.close();

  test.setTimeout(120_000);
  const failures = (account: string) => {
    const check = e2eDatabase();
    try {
      return check
        .prepare('SELECT count(*) FROM login_attempts WHERE email = ? AND succeeded = 0')
        .pluck()
        .get(account) as number;
    } finally {
      check.close();
    }
  };
  const message = page.getByRole('alert').filter({ hasText: /incorrect|Too many/ });
  for (const account of [email, 'nobody-here@example.org']) {
    await page.goto('/admin/login');
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Email').fill(account);
      await page.getByLabel('Password').fill(`wrong-${i}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      // Each attempt is recorded before the next one starts (a sign-in takes about a second).
      await expect.poll(() => failures(account), { timeout: 15_000 }).toBe(i + 1);
      await expect(message).toHaveText('Email or password is incorrect.');
    }
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(message).toHaveText(/^Too many failed sign-ins\. Try again in 1[0-5] seconds\.$/, {
      timeout: 15_000,
    });
    await expect(page).toHaveURL(/\/admin\/login/);
  }
});
