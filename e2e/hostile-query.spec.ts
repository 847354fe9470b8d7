import { expect, test } from './fixtures';
import { expectNoLeak } from './leaks';

// Whatever a URL carries, a page answers 200 with a notice for what it could not use, or
// 404 for an address that names nothing: never a 500, never the server's insides.

const LISTS = ['/', '/aid', '/sanctions', '/events', '/parties', '/sources'];
const DETAILS = ['/aid/1', '/sanctions/1', '/events/1', '/sources/1', '/parties/united-states'];

const HOSTILE_QUERIES = [
  'from=abc',
  'to=2022-02-30',
  'from=2022-03-01&to=2022-01-01',
  'page=-1',
  'page=99999999',
  'page=1e309',
  'page=1.5',
  'party=no-such-party&donor=nobody&target=UPPER',
  'q=%00',
  'q=%E0%A4%A',
  '%E0%A4%A=1',
  'sort=;DROP TABLE aid_packages&dir=sideways',
  'q[]=1&category[$ne]=x&__proto__=1',
  `q=${'x'.repeat(10_000)}`,
  Array.from({ length: 500 }, (_, i) => `party=p${i}`).join('&'),
];

/** Detail pages read fewer parameters: the kinds of damage, not every variant. */
const DETAIL_QUERIES = HOSTILE_QUERIES.filter((_, i) => i % 3 === 0);

test('every list and detail page survives hostile query strings', async ({ request }) => {
  test.setTimeout(120_000);
  const cases = [
    ...LISTS.map((p) => [p, HOSTILE_QUERIES] as const),
    ...DETAILS.map((p) => [p, DETAIL_QUERIES] as const),
  ];
  for (const [path, queries] of cases) {
    for (const query of queries) {
      const what = `${path}?${query.slice(0, 40)}`;
      const response = await request.get(`${path}?${query}`);
      expect(response.status(), what).toBe(200);
      expectNoLeak(await response.text(), what);
    }
  }
});

test('what a list cannot use is named in a notice, and the list still shows', async ({ page }) => {
  await page.goto('/aid?from=abc&to=2022-02-30&page=99999999&sort=;DROP TABLE&party=no-such-party');
  const notices = page.getByRole('status').filter({ hasText: 'Ignored' }).getByRole('listitem');
  await expect(notices).toHaveText([
    'Ignored start date “abc”: not a date in the form 2022-03-01.',
    'Ignored end date “2022-02-30”: no such date.',
    /^Ignored sort “;DROP TABLE”: use one of/,
    'Ignored page “99999999”: no such page.',
    'Ignored party “no-such-party”: no such party.',
  ]);
  // The filters that could be read still apply (none here): every package is listed.
  await expect(
    page
      .getByRole('region', { name: 'Results' })
      .getByRole('link', { name: 'US Senate approves emergency humanitarian aid for Ukraine' }),
  ).toBeVisible();
});

test('a query string too long for any browser is refused by the server, with no trace', async ({
  request,
}) => {
  // Node caps a request's head at 16 kB and answers 431 before the app sees it.
  const response = await request.get(`/aid?q=${'x'.repeat(100_000)}`);
  expect(response.status()).toBe(431);
  expectNoLeak(await response.text(), 'a 100 kB query');
});

test('paths that name nothing are 404s, whatever their encoding', async ({ request }) => {
  const paths = [
    '/aid/%E0%A4%A',
    '/aid/1e309',
    '/aid/99999999999999999999',
    '/sanctions/-1',
    '/events/0',
    '/sources/1%00',
    '/parties/%00',
    '/parties/%3Cscript%3E',
    '/parties/UNITED-STATES',
    '/admin/aid/%E0%A4%A',
    '/%E0%A4%A',
  ];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expectNoLeak(await response.text(), path);
  }
});
