import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../index';
import { useTempAppDatabase } from '../testing/app-database';
import { applyImport } from './apply';
import { planCounts, planImport } from './plan';
import type { ImportedAid, ImportedParty, ImportedRecord, ParsedFile } from './records';

// Aid rows as any table reader gives them (FTS flows, ONE pledges, FtM payments).

let cleanup: () => void;
beforeEach(() => {
  cleanup?.();
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup?.());

const flow = (over: Partial<ImportedAid> = {}): ImportedAid => ({
  at: 'line 2',
  authorityId: 'fts:1001',
  donor: { name: 'United States' },
  recipient: { name: 'Palestinian Red Crescent Society', kind: 'international_org' },
  category: 'humanitarian',
  status: 'delivered',
  announcedOn: '2024-03-01',
  title: 'Emergency medical supplies',
  originalAmount: 9_000_000,
  originalCurrency: 'EUR',
  exchangeRate: 0.9,
  amountUsd: 10_000_000,
  quote: 'Emergency medical supplies for Gaza.',
  ...over,
});

function file(rows: ImportedAid[], parties: ImportedParty[] = []): ParsedFile {
  return {
    list: { title: 'OCHA Financial Tracking Service', publisher: 'OCHA', language: 'en' },
    records: (async function* (): AsyncGenerator<ImportedRecord> {
      for (const party of parties) yield { type: 'party', party };
      for (const aid of rows) yield { type: 'aid', aid };
    })(),
  };
}
const plan = (...rows: ImportedAid[]) => planWith(rows);
const planWith = (rows: ImportedAid[], parties: ImportedParty[] = []) =>
  planImport(getDb(), file(rows, parties), {
    format: 'fts-csv',
    fileName: 'flows.csv',
    sha256: 'a'.repeat(64),
    asOf: '2026-12-01',
  });
const one = (sql: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(sql)
    .get(...params);

describe('imported aid', () => {
  it("keeps the original amount, currency and rate, reuses the tracker's donor and creates a new recipient", async () => {
    const p = await plan(flow());
    expect(planCounts(p).aid).toEqual({ new: 1, updated: 0, unchanged: 0, held: 0, newParties: 1 });
    await applyImport(p, null);
    expect(
      one(
        `SELECT d.slug AS donor, r.name AS recipient, r.kind, a.amount, a.currency, a.amount_usd, a.exchange_rate,
                a.rate_on, a.rate_source, c.quote
           FROM aid_packages a JOIN parties d ON d.id = a.donor_id JOIN parties r ON r.id = a.recipient_id
           JOIN citations c ON c.aid_package_id = a.id WHERE a.authority_id = 'fts:1001'`,
      ),
    ).toEqual({
      donor: 'united-states',
      recipient: 'Palestinian Red Crescent Society',
      kind: 'international_org',
      amount: 9_000_000,
      currency: 'EUR',
      amount_usd: 10_000_000,
      exchange_rate: 0.9,
      rate_on: '2024-03-01',
      rate_source: 'As stated in OCHA Financial Tracking Service',
      quote: 'Emergency medical supplies for Gaza.',
    });
  });

  it('changes nothing the second time, and updates a flow whose amount changed', async () => {
    await applyImport(await plan(flow()), null);
    expect(planCounts(await plan(flow())).aid).toMatchObject({ new: 0, updated: 0, unchanged: 1 });
    const changed = await plan(flow({ amountUsd: 12_000_000, status: 'approved' }));
    expect(planCounts(changed).aid).toMatchObject({ updated: 1 });
    await applyImport(changed, null);
    expect(
      one(`SELECT amount_usd, status, version FROM aid_packages WHERE authority_id = 'fts:1001'`),
    ).toEqual({
      amount_usd: 12_000_000,
      status: 'approved',
      version: 2,
    });
  });

  it("takes a name the file's entry and the tracker's party share as that one party", async () => {
    const entry: ImportedParty = {
      at: 'line 1',
      listKey: 'usa',
      name: 'United States',
      kind: 'state',
      identifiers: [],
      aliases: [],
    };
    const p = await planWith([flow()], [entry]);
    expect(p.aid.held).toEqual([]);
    expect(p.aid.new[0]!.donor).toEqual({ id: p.parties.unchanged[0]!.id });
  });

  it('holds back a flow whose party fits several, and refuses an absurd amount or a missing currency', async () => {
    getDb().$client.exec(
      `INSERT INTO parties (slug, name, kind) VALUES ('unicef-a', 'UNICEF', 'international_org'), ('unicef-b', 'Unicef', 'other')`,
    );
    const p = await plan(
      flow({ authorityId: 'fts:2', recipient: { name: 'UNICEF' } }),
      flow({ authorityId: 'fts:3', amountUsd: 1e15 }),
      flow({ authorityId: 'fts:4', originalCurrency: undefined }),
    );
    expect(p.aid.held.map((h) => h.reason)).toEqual([
      '“UNICEF” fits several parties; choose on the import page.',
    ]);
    expect(p.errors.map((e) => e.reason)).toEqual([
      'Amount out of range (0 to 10,000,000,000,000).',
      'An amount without a currency code (none).',
    ]);
    expect(planCounts(p).aid.new).toBe(0);
  });
});
