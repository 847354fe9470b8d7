import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'csv-parse/sync';
import { getDb } from '@/db/index';
import { useSyntheticAppDatabase } from '@/db/testing/app-database';
import { listAid } from '@/db/queries/aid/aid-list';
import { listParties } from '@/db/queries/parties/party-list';
import { LIST_COLUMNS } from '@/domain/list-download';
import { listEndpoint } from './list-endpoint';
import { trackerCells } from '@/db/tracker-csv/export';
import { columnNames } from '@/domain/tracker-csv';
import { listChunks } from './list-file';
import { LIST_KIND_SPECS } from './kinds';
import { resolveParams } from '../../params/resolve-params';

// Outside a request Next's connection() has nothing to wait for.
vi.mock('next/server', () => ({ connection: async () => undefined }));

let cleanup: () => void;
let donor: string;
let formulaId: number;

beforeAll(() => {
  cleanup = useSyntheticAppDatabase({ aid: 3000, sanctions: 1500, seed: 7 });
  const db = getDb().$client;
  donor = String(
    db
      .prepare(
        `SELECT p.slug FROM aid_packages a JOIN parties p ON p.id = a.donor_id WHERE a.retired_at IS NULL
         GROUP BY p.id ORDER BY count(*) DESC LIMIT 1`,
      )
      .pluck()
      .get(),
  );
  // A title a spreadsheet would run as a formula.
  formulaId = Number(
    db.prepare(`SELECT id FROM aid_packages WHERE retired_at IS NULL ORDER BY id LIMIT 1`).pluck().get(),
  );
  db.prepare(`UPDATE aid_packages SET title = '=HYPERLINK("http://x.example","y")' WHERE id = ?`).run(
    formulaId,
  );
});
afterAll(() => cleanup());

const aid = listEndpoint('aid');
const get = (kind: keyof typeof ENDPOINTS, query = '', headers: HeadersInit = {}) =>
  ENDPOINTS[kind].GET(new Request(`http://test.local/api/v1/${kind}${query}`, { headers }));
const ENDPOINTS = { aid, parties: listEndpoint('parties'), sanctions: listEndpoint('sanctions') };

const csvRows = async (res: Response) => {
  const bytes = new Uint8Array(await res.arrayBuffer());
  // A byte-order mark, so that spreadsheets read the file as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes);
  expect(text).toContain('\r\n');
  return parse(text, { bom: true, columns: true }) as Record<string, string>[];
};

describe('GET /api/v1/aid', () => {
  it('gives a page of rows in the page order, then the next by its cursor', async () => {
    const res = await get('aid', `?donor=${donor}&sort=amount&limit=20`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await res.json()) as {
      data: { id: number; amount_usd: number | null }[];
      next: string;
      total: number;
    };
    const pages = (page: number) =>
      listAid(
        {
          donorId: Number(
            getDb().$client.prepare('SELECT id FROM parties WHERE slug = ?').pluck().get(donor),
          ),
        },
        { page, pageSize: 20, sort: 'amount', dir: 'desc' },
      );
    expect(body.total).toBe(pages(1).total);
    expect(body.data.map((r) => r.id)).toEqual(pages(1).rows.map((r) => r.id));
    expect(res.headers.get('link')).toContain(`cursor=${body.next}>; rel="next"`);
    expect(res.headers.get('link')).toContain(
      '<https://creativecommons.org/licenses/by/4.0/>; rel="license"',
    );
    const second = (await (
      await get('aid', `?donor=${donor}&sort=amount&limit=20&cursor=${body.next}`)
    ).json()) as {
      data: { id: number }[];
    };
    expect(second.data.map((r) => r.id)).toEqual(pages(2).rows.map((r) => r.id));
  });

  it('answers 304 to a revalidation until the data changes', async () => {
    const first = await get('aid', '?category=military');
    const etag = first.headers.get('etag')!;
    expect((await get('aid', '?category=military', { 'If-None-Match': etag })).status).toBe(304);
    getDb().$client.prepare(`UPDATE app_meta SET value = value + 1 WHERE key = 'data_revision'`).run();
    expect((await get('aid', '?category=military', { 'If-None-Match': etag })).status).toBe(200);
  });

  it('downloads every filtered row as CSV, in the page order, formulas guarded', async () => {
    const res = await get('aid', `?donor=${donor}&sort=title&dir=asc&format=csv`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="aid-donor-${donor}-sort-title-dir-asc-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const rows = await csvRows(res);
    const donorId = Number(
      getDb().$client.prepare('SELECT id FROM parties WHERE slug = ?').pluck().get(donor),
    );
    const all = listAid({ donorId }, { page: 1, pageSize: 10_000, sort: 'title', dir: 'asc' });
    expect(rows.map((r) => Number(r.id))).toEqual(all.rows.map((r) => r.id));
    expect(new Set(rows.map((r) => r.donor))).toEqual(new Set([donor]));
    expect(Object.keys(rows[0]!)).toEqual(LIST_COLUMNS.aid.map((c) => c.name));
    expect(rows[0]!.permalink).toBe(`/aid/${rows[0]!.id}`);
  });

  it('neutralises a cell a spreadsheet would run', async () => {
    const rows = await csvRows(await get('aid', '?sort=date&dir=asc&format=csv', {}));
    const row = rows.find((r) => Number(r.id) === formulaId)!;
    expect(row.title).toBe(`'=HYPERLINK("http://x.example","y")`);
  });

  it('gives JSON lines with the same fields, lists as arrays', async () => {
    const res = await get('aid', `?donor=${donor}`, { Accept: 'application/x-ndjson' });
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = (await res.text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(100);
    expect(Object.keys(lines[0]!)).toEqual(LIST_COLUMNS.aid.map((c) => c.name));
    expect(Array.isArray(lines[0]!.other_sources)).toBe(true);
  });

  it.each([
    ['?colour=red', 400, 'colour'],
    ['?from=2022-02-30', 400, 'from'],
    ['?donor=atlantis', 400, 'donor'],
    ['?from=2023-01-01&to=2022-01-01', 400, 'from'],
    ['?limit=1001', 400, 'limit'],
    ['?cursor=abc', 400, 'cursor'],
    ['?format=xlsx', 400, 'format'],
  ])('refuses %s with a reason', async (query, status, param) => {
    const res = await get('aid', query);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const problem = (await res.json()) as { detail: string; errors: Record<string, string[]> };
    expect(Object.keys(problem.errors)).toContain(param);
  });

  it('refuses a cursor given with other filters, and a type it does not serve', async () => {
    const { next } = (await (await get('aid', '?limit=5')).json()) as { next: string };
    const res = await get('aid', `?limit=5&category=military&cursor=${next}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/other filters/);
    expect((await get('aid', '', { Accept: 'text/html' })).status).toBe(406);
  });
});

describe('listChunks', () => {
  it('reads a list a chunk at a time (the first in tenths) to the same rows as one page', () => {
    const spec = LIST_KIND_SPECS.sanctions;
    const resolved = resolveParams({ status: 'imposed' }, spec.params);
    const order = { sort: 'target', dir: 'asc' as const };
    const one = spec.read(resolved, { page: 1, pageSize: 10_000, ...order });
    expect(one.rows.length).toBeGreaterThan(100);
    for (const chunk of [7, 30]) {
      const ids: number[] = [];
      const reader = listChunks(spec, resolved, order, chunk);
      for (let rows = reader.next(); rows; rows = reader.next()) ids.push(...rows.map((v) => Number(v[0])));
      expect(ids).toEqual(one.rows.map((r) => Number(r[0])));
    }
  });
});

describe('GET /api/v1/parties', () => {
  it("downloads the page's figures beside each party", async () => {
    const rows = await csvRows(await get('parties', '?sort=given&format=csv'));
    const page = listParties({}, { page: 1, pageSize: 10, sort: 'given', dir: 'desc' }).rows;
    expect(rows.slice(0, 10).map((r) => [r.slug, r.given_usd])).toEqual(
      page.map((p) => [p.slug, p.givenUsd === null ? '' : String(p.givenUsd)]),
    );
  });
});

describe('download columns', () => {
  it.each(['aid', 'sanctions', 'events', 'parties'] as const)(
    '%s cells are selected in the order of the columns',
    (entity) => {
      const id = Number(
        getDb()
          .$client.prepare(`SELECT min(id) FROM ${entity === 'aid' ? 'aid_packages' : entity}`)
          .pluck()
          .get(),
      );
      const [cells] = trackerCells(getDb(), entity, [id]);
      expect(Object.keys(cells!)).toEqual(columnNames(entity));
    },
  );
});
