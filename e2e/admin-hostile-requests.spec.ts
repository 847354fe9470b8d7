import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { actionBody, signInAction, snapshotCounts, writeActions } from './action-manifest';
import { E2E_EDITOR } from './editor-account';
import { expectNoLeak } from './leaks';

// With a valid session (the admin project's), writes must still come from the tracker's
// own pages and stay within the size any form of it can send.

const REFUSED =
  'This request did not come from the tracker’s own pages, so it was refused; nothing was saved.';
const SOURCE = { id: '', version: '', title: 'Posted from elsewhere', language: 'en' };

const sourceCount = () => snapshotCounts().sources;

async function postSource(
  request: APIRequestContext,
  origin: string | undefined,
  fields: Record<string, string> = SOURCE,
) {
  const save = writeActions().find((a) => a.name === 'saveSource');
  return request.post('/admin/sources/new', {
    headers: { 'next-action': save?.id ?? '', ...(origin === undefined ? {} : { origin }) },
    multipart: actionBody(fields),
    maxRedirects: 0,
  });
}

test('a signed-in write from another origin, a null origin or none is refused, storing nothing', async ({
  page,
  baseURL,
}) => {
  const { request } = page.context();
  for (const action of writeActions()) {
    for (const origin of ['https://evil.example', 'null', undefined]) {
      const what = `${action.name} from ${origin ?? 'no origin'}`;
      const before = snapshotCounts();
      const response = await request.post(action.url, {
        headers: { 'next-action': action.id, ...(origin === undefined ? {} : { origin }) },
        multipart: actionBody({
          ...SOURCE,
          id: '1',
          version: '1',
          retire: '1',
          name: 'Posted from elsewhere',
        }),
        maxRedirects: 0,
      });
      expect(response.status(), what).toBe(403);
      expect(await response.text(), what).toBe(REFUSED);
      expect(snapshotCounts(), what).toEqual(before);
    }
  }
  // The same source, sent from the tracker's own origin with the same session, is saved:
  // the refusals above were the origin's doing.
  const before = sourceCount();
  expect((await postSource(request, baseURL)).status()).toBeLessThan(400);
  expect(sourceCount()).toBe(before + 1);
});

test('a sign-in posted from another site plants no session', async ({ playwright, baseURL }) => {
  const client = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const credentials = actionBody({ next: '', email: E2E_EDITOR.email, password: E2E_EDITOR.password });
  for (const origin of ['https://evil.example', 'null', undefined]) {
    const before = snapshotCounts();
    const response = await client.post('/admin/login', {
      headers: { 'next-action': signInAction().id, ...(origin === undefined ? {} : { origin }) },
      multipart: credentials,
      maxRedirects: 0,
    });
    expect(response.status(), `${origin}`).toBe(403);
    expect(response.headers()['set-cookie'], `${origin}`).toBeUndefined();
    expect(snapshotCounts(), `${origin}`).toEqual(before);
  }
  await client.dispose();
});

test('the API routes only read: writes to them are refused', async ({ page }) => {
  const { request } = page.context();
  for (const url of ['/api/parties', '/api/sources']) {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await request.fetch(url, { method, data: { name: 'Posted to the API' } });
      expect(response.status(), `${method} ${url}`).toBe(405);
    }
  }
});

test('a body over 1 MB is refused with a clear message, storing nothing', async ({ page, baseURL }) => {
  const before = sourceCount();
  const response = await postSource(page.context().request, baseURL, {
    ...SOURCE,
    notes: 'q'.repeat(2_000_000),
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toBe(
    'This request is larger than 1 MB, so it was refused; nothing was saved.',
  );
  expect(sourceCount()).toBe(before);
});

test('a form with 2 MB typed into it says which field is too long, and sends nothing', async ({ page }) => {
  test.slow(); // two megabytes through the browser's input
  await page.goto('/admin/sources/new');
  await page.getByLabel('Title', { exact: true }).fill('A source with very long notes');
  await page.getByLabel('Language code').fill('en');
  await page.getByLabel('Notes').fill('q'.repeat(2_000_000));
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posts.push(r.url());
  });
  await page.getByRole('button', { name: 'Add source' }).click();
  await expect(page.getByLabel('Notes')).toHaveAccessibleDescription(
    /Notes must be at most 5,000 characters\./,
  );
  expect(posts).toEqual([]);
});

test('signed in, admin pages carry a per-response nonce and run without a policy violation', async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  const first = await page.goto('/admin/aid/new');
  const nonce = first?.headers()['content-security-policy']?.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce).toBeDefined();
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  // A party picker searches /api/parties as you type: connect-src 'self' allows it.
  await page.getByLabel('Donor', { exact: true }).fill('ukr');
  await expect(page.getByRole('option', { name: /Ukraine/ }).first()).toBeVisible();
  const second = await page.reload();
  expect(second?.headers()['content-security-policy']).not.toContain(`'nonce-${nonce}'`);
  expectNoLeak(await page.content(), 'the aid form');
  expect(violations).toEqual([]);
});
