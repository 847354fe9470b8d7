import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/index';
import { useTempAppDatabase } from '@/db/testing/app-database';
import { createAidPackage } from '@/db/mutations/aid';
import { createParty } from '@/db/mutations/parties';
import { getAidTotals } from '@/db/queries/aid/aid';
import { getSanctionTotals } from '@/db/queries/sanctions/sanctions';
import { aidForm } from '@/domain/validation/aid';
import { partyForm } from '@/domain/validation/party';
import { OVERVIEW_TABLE_IDS, tableColumns, type OverviewBody } from '@/domain/api/overview';
import { OVERVIEW_EXAMPLES } from '@/app/lib/api/route-examples';
import { GET, HEAD } from './route';

// Outside a Next request there is no render to mark dynamic, and no cache to tag.
vi.mock('next/server', () => ({ connection: async () => undefined }));
vi.mock('next/cache', () => ({ cacheTag: () => undefined }));

const FORMULA = '=HYPERLINK("http://evil.example","click")';
let cleanup: () => void;
let editor: number;
beforeAll(() => {
  cleanup = useTempAppDatabase();
  editor = Number(
    getDb()
      .$client.prepare(`INSERT INTO users (email, name, password_hash) VALUES ('e@example.org', 'E', 'x')`)
      .run().lastInsertRowid,
  );
});
afterAll(() => cleanup());

const get = (query = '', headers: HeadersInit = {}) =>
  GET(new Request(`http://test.local/api/v1/overview${query}`, { headers }));
const partyId = (slug: string) =>
  Number(getDb().$client.prepare('SELECT id FROM parties WHERE slug = ?').pluck().get(slug));

describe('GET /api/v1/overview', () => {
  it("gives the overview's figures for the page's filters, each chart's table among them", async () => {
    const res = await get('?party=united-states&from=2022-01-01');
    expect(res.status).toBe(200);
    const body = (await res.json()) as OverviewBody;
    const filter = { partyId: partyId('united-states'), from: '2022-01-01' };
    const aid = getAidTotals(filter);
    expect(body.headlines.aid.committed_usd).toBe(aid.committedUsd);
    expect(body.headlines.sanctions.in_force).toBe(getSanctionTotals(filter).inForce);
    expect(Object.keys(body.tables)).toEqual(OVERVIEW_TABLE_IDS);
    expect(body.tables.aid_by_category.map((r) => r.committed_usd)).toEqual(aid.byCategory.map((c) => c.usd));
    expect(body.query).toMatchObject({ party: 'united-states', from: '2022-01-01', to: null });
    // The documented example is this request on the reference data: its figures hold.
    const example = OVERVIEW_EXAMPLES[0].response as OverviewBody;
    expect(OVERVIEW_EXAMPLES[0].query).toBe('party=united-states&from=2022-01-01');
    expect(body.headlines).toEqual(example.headlines);
    expect(body.timeline_total).toBe(example.timeline_total);
    for (const id of OVERVIEW_TABLE_IDS)
      for (const row of example.tables[id]) expect(body.tables[id] as unknown[]).toContainEqual(row);
  });

  it("documents one table's JSON and CSV as the reference data answers them", async () => {
    for (const example of OVERVIEW_EXAMPLES.slice(1)) {
      const text = await (await get(`?${example.query}`)).text();
      if (typeof example.response === 'string') expect(text).toBe(example.response);
      else expect(JSON.parse(text)).toEqual(example.response);
    }
  });

  it('gives each table as CSV, the same rows as its JSON, by format or by Accept', async () => {
    for (const table of OVERVIEW_TABLE_IDS) {
      const json = (await (await get(`?table=${table}`)).json()) as { rows: Record<string, unknown>[] };
      const res = await get(`?table=${table}`, { Accept: 'text/csv' });
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="overview-${table}.csv"`);
      const rows = parse(await res.text(), { columns: true, record_delimiter: '\r\n' }) as Record<
        string,
        string
      >[];
      expect(Object.keys(rows[0] ?? Object.fromEntries(tableColumns(table).map((c) => [c, ''])))).toEqual(
        tableColumns(table),
      );
      const asText = (v: unknown) => (v === null ? '' : Array.isArray(v) ? v.join(';') : String(v));
      expect(rows).toEqual(
        json.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asText(v)]))),
      );
    }
    const byFormat = await get('?table=aid_by_donor&format=csv');
    expect(byFormat.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await byFormat.text()).toMatch(
      /^donor,donor_name,humanitarian_usd,military_usd,economic_usd,committed_usd,packages\r\n/,
    );
  });

  it('neutralises a cell a spreadsheet would read as a formula', async () => {
    const donor = createParty(
      partyForm.parse({ name: FORMULA, slug: 'formula-donor', kind: 'state' }),
      editor,
    );
    createAidPackage(
      aidForm.parse({
        donorId: String(donor.id),
        recipientId: String(partyId('ukraine')),
        category: 'humanitarian',
        status: 'delivered',
        amount: '5000000',
        currency: 'USD',
        announcedOn: '2023-05-01',
        title: 'Formula aid',
        citations: JSON.stringify([{ sourceId: 1, quote: 'quote' }]),
      }),
      editor,
    );
    const csv = await (await get('?party=formula-donor&table=aid_by_donor&format=csv')).text();
    const [, row] = parse(csv, { record_delimiter: '\r\n' }) as string[][];
    expect(row?.[1]).toBe(`'${FORMULA}`);
    expect(row?.slice(2)).toEqual(['5000000', '0', '0', '5000000', '1']);
  });

  it('revalidates: 304 for the same data and query, a new ETag after a write', async () => {
    const first = await get('?category=military');
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('last-modified')).toMatch(/GMT$/);
    expect((await get('?category=military', { 'If-None-Match': etag })).status).toBe(304);
    expect((await get('?category=economic', { 'If-None-Match': etag })).status).toBe(200);
    const lastModified = first.headers.get('last-modified')!;
    expect((await get('?category=military', { 'If-Modified-Since': lastModified })).status).toBe(304);
    createParty(partyForm.parse({ name: 'Newly Added', kind: 'company' }), editor);
    const after = await get('?category=military', { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const head = await HEAD(new Request('http://test.local/api/v1/overview?category=military'));
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.headers.get('etag')).toBe(after.headers.get('etag'));
  });

  it.each([
    ['?colour=red', 'colour', 'unknown parameter'],
    ['?from=2022-02-30', 'from', 'no such date'],
    ['?from=2023-01-01&to=2022-01-01', 'from', 'from is after to'],
    ['?asof=2999-01-01', 'asof', 'it is in the future'],
    ['?asof=yesterday', 'asof', 'not a date'],
    ['?asof=1990-01-01', 'asof', 'before the first entry'],
    ['?format=csv', 'table', 'a CSV holds one table'],
    ['?table=pie', 'table', 'no such table; use one of aid_by_category'],
    ['?format=xml', 'format', 'use one of json, csv'],
    ['?party=atlantis', 'party', 'no such party'],
    ['?category=food', 'category', 'use one of humanitarian'],
    ['?party=a&party=b', 'party', 'given more than once'],
  ])('refuses %s with a 400 naming the parameter', async (query, name, reason) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const problem = (await res.json()) as { errors: Record<string, string[]>; detail: string };
    expect(problem.errors[name]?.join(' ')).toContain(reason);
    expect(problem.detail).toContain(name);
  });

  it('refuses CSV without a table when Accept asks for it, and types it does not serve', async () => {
    const csvOnly = await get('', { Accept: 'text/csv' });
    expect(csvOnly.status).toBe(400);
    expect(((await csvOnly.json()) as { errors: object }).errors).toHaveProperty('table');
    const html = await get('', { Accept: 'text/html' });
    expect(html.status).toBe(406);
    expect(((await html.json()) as { detail: string }).detail).toContain('text/csv');
    expect((await get('?format=csv&table=timeline', { Accept: 'application/json' })).status).toBe(406);
    const browser = await get('?table=timeline&format=csv', {
      Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    });
    expect(browser.status).toBe(200);
    expect(browser.headers.get('content-type')).toMatch(/^text\/csv/);
  });
});
