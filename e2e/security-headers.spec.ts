import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every response, whatever produced it (a page, an API route, a static file, a 404, a
// redirect), carries the same protective headers; admin pages get a per-request nonce.

const nonceOf = (csp: string | undefined) => csp?.match(/'nonce-([^']+)'/)?.[1];
const directive = (csp: string | undefined, name: string) =>
  csp
    ?.split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

function expectProtected(headers: Record<string, string>, what: string): void {
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['permissions-policy'], what).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(headers['x-powered-by'], what).toBeUndefined();
  // Served over plain HTTP here: no HSTS (a browser would ignore it anyway).
  expect(headers['strict-transport-security'], what).toBeUndefined();
  const csp = headers['content-security-policy'];
  for (const rule of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(csp, `${what}: ${rule}`).toContain(rule);
  }
}

async function staticAsset(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/')).text();
  const asset = html.match(/\/_next\/static\/[^"]+\.(?:js|css)/)?.[0];
  expect(asset).toBeDefined();
  return asset ?? '';
}

test('pages, API routes, static files, 404s and redirects all carry the security headers', async ({
  request,
}) => {
  const urls: [string, number][] = [
    ['/', 200],
    ['/aid?page=-1', 200],
    ['/parties/united-states', 200],
    ['/api/parties?q=uk', 200],
    [await staticAsset(request), 200],
    ['/icon.svg', 200],
    ['/no-such-page', 404],
    ['/aid/999999', 404],
    ['/admin', 303],
    ['/admin/login', 200],
  ];
  for (const [url, status] of urls) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(status);
    expectProtected(response.headers(), url);
  }
});

test('public pages allow inline scripts (their streamed data) but no other origin', async ({ request }) => {
  const csp = (await request.get('/')).headers()['content-security-policy'];
  expect(directive(csp, 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
  expect(nonceOf(csp)).toBeUndefined();
  expect(directive(csp, 'connect-src')).toBe("connect-src 'self'");
});

test('admin pages get a fresh nonce on every response, and their scripts carry it', async ({ request }) => {
  const first = await request.get('/admin/login');
  const second = await request.get('/admin/login');
  const [a, b] = [first, second].map((r) => nonceOf(r.headers()['content-security-policy']));
  expect(a).toMatch(/^[A-Za-z0-9+/=]{24,}$/);
  expect(b).not.toBe(a);
  expect(directive(first.headers()['content-security-policy'], 'script-src')).not.toContain('unsafe-inline');
  const html = await first.text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1] ?? '');
  expect(inline.length).toBeGreaterThan(3);
  // All but React's one fixed shell script (allowed by its hash) carry this response's nonce.
  expect(inline.filter((attrs) => !attrs.includes(`nonce="${a}"`)).length).toBeLessThanOrEqual(1);
});

test('HSTS is sent when a TLS-terminating proxy says the request came over HTTPS', async ({ request }) => {
  const response = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
  expect(response.headers()['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
});

/** Records what the page's Content-Security-Policy blocked. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('the overview, with its charts, and the sign-in form run under their policies', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  // Recharts loads, draws (setting style attributes: the policy allows inline styles) and answers the pointer.
  const bar = page
    .getByRole('region', { name: 'Committed aid by category' })
    .locator('.recharts-bar-rectangle path')
    .first();
  await expect(bar).toBeVisible();
  await bar.hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.goto('/admin/login');
  // A round trip through the sign-in action, refused for its malformed email.
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('whatever');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter the email address you sign in with.')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('on admin pages, markup injected into the document cannot run script', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(/Content Security Policy|Failed to load resource/);
  const violations = await recordViolations(page);
  await page.goto('/admin/login');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await page.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<img src="/x-missing" onerror="window.__xss = 1">'),
  );
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-attr inline/));
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});
