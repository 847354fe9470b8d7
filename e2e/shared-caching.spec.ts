import { expect, test } from './fixtures';

// What a CDN or reverse proxy in front of the app may keep. Next marks request-time pages
// `private, no-store` and overrides any other Cache-Control on them; the server's page
// cache, which knows a page is the same for every reader, says otherwise for the pages it
// keeps. If a Next upgrade changes how a page's headers are written, this fails.

/** Shared caches keep it briefly; browsers revalidate every time. */
const SHAREABLE = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/;
const PUBLIC_PAGES = ['/', '/aid', '/sanctions?page=2', '/parties/united-states', '/sources'];

test('public pages may be kept by shared caches, and a reader holding one gets a 304', async ({
  request,
}) => {
  for (const url of PUBLIC_PAGES) {
    // The first answer may be rendered or replayed; both carry the same headers.
    for (let round = 0; round < 2; round += 1) {
      const page = await request.get(url);
      expect(page.status(), url).toBe(200);
      expect(page.headers()['cache-control'], url).toMatch(SHAREABLE);
      expect(page.headers()['etag'], url).toMatch(/^"[\w-]{27}"$/);
    }
    const etag = (await request.get(url)).headers()['etag'] ?? '';
    const again = await request.get(url, { headers: { 'if-none-match': etag } });
    expect(again.status(), url).toBe(304);
    expect(await again.body(), url).toHaveLength(0);
    expect(again.headers()['etag'], url).toBe(etag);
    const other = await request.get(url, { headers: { 'if-none-match': '"not-this-page"' } });
    expect(other.status(), url).toBe(200);
  }
});

test('admin pages, personal requests and error pages stay private and unstored', async ({ request }) => {
  for (const [url, headers, status] of [
    ['/admin/login', {}, 200],
    ['/', { cookie: 'tracker_session=whatever' }, 200],
    ['/no-such-page', {}, 404],
    ['/api/parties?q=uk', {}, 200],
  ] as const) {
    const answer = await request.get(url, { headers, maxRedirects: 0 });
    expect(answer.status(), url).toBe(status);
    expect(answer.headers()['cache-control'], url).toMatch(/no-store/);
    expect(answer.headers()['cache-control'], url).not.toMatch(/public|s-maxage/);
    // (Next's own prerendered 404 carries an ETag of its own; no page of ours does here.)
    if (status === 200) expect(answer.headers()['etag'], url).toBeUndefined();
  }
});

test('the page cache keys on every header Next says a page varies by', async ({ request }) => {
  // scripts/response-cache.mjs cacheKey: the router's headers (FLIGHT_HEADERS) and the encoding.
  const keyed = [
    'rsc',
    'next-router-state-tree',
    'next-router-prefetch',
    'next-router-segment-prefetch',
    'next-url',
    'accept-encoding',
  ];
  for (const headers of [{}, { rsc: '1' }] as Record<string, string>[]) {
    const vary = (await request.get('/aid', { headers })).headers()['vary'] ?? '';
    const names = vary.split(',').map((name) => name.trim().toLowerCase());
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(keyed, `Vary: ${vary}`).toContain(name);
  }
});
