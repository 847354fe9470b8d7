import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'csv-parse/sync';
import { getDb } from '@/db/index';
import { useTempAppDatabase } from '@/db/testing/app-database';
import { updateAidPackage } from '@/db/mutations/aid';
import { aidForm } from '@/domain/validation/aid';
import { listEndpoint } from './list-endpoint';

// The list API as of a day: before an edit it gives the old value, in JSON and in the
// download alike; after it, the new one.

vi.mock('next/server', () => ({ connection: async () => undefined }));

// The reference data is loaded now; it is dated back to the new year, so that the edit made
// by the test (today) comes after a day the tracker already held it.
const LOADED = '2026-01-01T09:00:00.000Z';
const OLD = 'US Senate approves emergency humanitarian aid for Ukraine';
const NEW = 'Senate approves $13.6 billion for Ukraine (edited)';
const today = new Date().toISOString().slice(0, 10);

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
  const db = getDb().$client;
  for (const table of ['aid_packages', 'sanctions', 'events', 'parties', 'sources'])
    db.prepare(`UPDATE ${table} SET created_at = ?, updated_at = ?`).run(LOADED, LOADED);
  db.prepare(`UPDATE citations SET created_at = ?`).run(LOADED);
  const editor = Number(
    db.prepare(`INSERT INTO users (email, name, password_hash) VALUES ('e@example.org', 'E', 'x')`).run()
      .lastInsertRowid,
  );
  const row = db.prepare('SELECT * FROM aid_packages WHERE title = ?').get(OLD) as Record<
    string,
    string | number | null
  >;
  updateAidPackage(
    Number(row.id),
    Number(row.version),
    aidForm.parse({
      donorId: String(row.donor_id),
      recipientId: String(row.recipient_id),
      category: row.category,
      status: row.status,
      amount: String(row.amount),
      currency: row.currency,
      amountUsd: '',
      announcedOn: row.announced_on,
      title: NEW,
      citations: JSON.stringify([{ sourceId: 1, quote: 'l’approbation par le Sénat américain' }]),
    }),
    editor,
  );
});
afterAll(() => cleanup());

const get = (query: string) => listEndpoint('aid').GET(new Request(`http://test.local/api/v1/aid?${query}`));
const titles = async (query: string) =>
  ((await (await get(query)).json()) as { data: { title: string }[] }).data.map((r) => r.title);

describe('GET /api/v1/aid?asof=', () => {
  it('gives the old title before the edit and the new one after', async () => {
    expect(await titles('asof=2026-06-30')).toContain(OLD);
    expect(await titles('asof=2026-06-30')).not.toContain(NEW);
    expect(await titles(`asof=${today}`)).toContain(NEW);
    expect(await titles('')).toContain(NEW);
  });

  it('downloads the list as it stood', async () => {
    const res = await get('asof=2026-06-30&format=csv');
    const rows = parse(await res.text(), { bom: true, columns: true }) as { title: string }[];
    expect(rows.map((r) => r.title)).toContain(OLD);
    expect(rows.map((r) => r.title)).not.toContain(NEW);
  });

  it.each([
    ['asof=2999-01-01', /in the future/],
    ['asof=2025-12-31', /before the first entry/],
    ['asof=2026-02-30', /no such date/],
  ])('refuses %s with the reason', async (query, reason) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { asof: string[] } }).errors.asof.join(' ')).toMatch(reason);
  });
});
