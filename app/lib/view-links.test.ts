import { describe, expect, it } from 'vitest';
import { citationLine } from './citation-line';
import {
  downloadHref,
  listDownloads,
  permalinkPath,
  tableDownloads,
  todayIso,
  viewFilters,
} from './view-links';

describe('view links', () => {
  const filters = { donor: 'united-states', status: 'committed', sort: 'amount', dir: 'asc', q: 'tank' };

  it('downloads the whole filtered list: every filter, sort and search kept, never the page', () => {
    const page = { ...filters, page: '3', category: undefined };
    expect(downloadHref('/api/v1/aid', page, 'csv')).toBe(
      '/api/v1/aid?donor=united-states&status=committed&sort=amount&dir=asc&q=tank&format=csv',
    );
    expect(listDownloads('/api/v1/aid', page)).toEqual([
      { label: 'CSV', href: expect.stringMatching(/&q=tank&format=csv$/) },
      { label: 'JSON lines', href: expect.stringMatching(/&q=tank&format=ndjson$/) },
    ]);
    expect(downloadHref('/api/v1/aid', {}, 'ndjson')).toBe('/api/v1/aid?format=ndjson');
  });

  it('keeps the date the page is shown as of, and encodes what it carries', () => {
    expect(downloadHref('/api/v1/sanctions', { target: 'russia', asof: '2024-01-31' }, 'csv')).toBe(
      '/api/v1/sanctions?target=russia&asof=2024-01-31&format=csv',
    );
    expect(downloadHref('/api/v1/events', { q: 'a&b c' })).toBe('/api/v1/events?q=a%26b+c');
  });

  it("names an overview table by its chart's id, with the overview's filters", () => {
    expect(tableDownloads('aid-by-donor', { party: 'ukraine', from: '2022-01-01' })).toEqual([
      { label: 'CSV', href: '/api/v1/overview?party=ukraine&from=2022-01-01&table=aid_by_donor&format=csv' },
      { label: 'JSON', href: '/api/v1/overview?party=ukraine&from=2022-01-01&table=aid_by_donor' },
    ]);
  });

  it("pins today's date on a permalink without one, and keeps the URL's own", () => {
    expect(permalinkPath('/aid', { ...filters, page: '2' }, '2026-12-08')).toBe(
      '/aid?donor=united-states&status=committed&sort=amount&dir=asc&q=tank&asof=2026-12-08',
    );
    expect(permalinkPath('/', { asof: '2023-06-30' }, '2026-12-08')).toBe('/?asof=2023-06-30');
    expect(permalinkPath('/changes', { kind: 'aid', cursor: 'x' }, '2026-12-08', 'until')).toBe(
      '/changes?kind=aid&until=2026-12-08',
    );
  });

  it('counts days in UTC, whatever the server clock', () => {
    expect(todayIso(new Date('2026-12-08T23:59:59-05:00'))).toBe('2026-12-09');
    expect(viewFilters({ page: '2', cursor: 'c', q: '', kind: 'aid' })).toEqual({ kind: 'aid' });
  });

  it('writes the citation line: title, tracker, date accessed, URL', () => {
    expect(
      citationLine({
        title: 'Aid from United States, 2022',
        accessed: '8 Dec 2026',
        url: 'https://tracker.example/aid?donor=united-states&asof=2026-12-08',
      }),
    ).toBe(
      '“Aid from United States, 2022”, Sanctions & Aid Tracker, accessed 8 Dec 2026, https://tracker.example/aid?donor=united-states&asof=2026-12-08',
    );
  });
});
