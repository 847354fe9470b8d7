import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { getDb } from '../index';
import { applyImport } from '../import/apply';
import { planCounts, planImport } from '../import/plan';
import { changesSomething } from '../import/preview';
import { detectFormat, importSha256, readImportFile } from '../import/read';
import { useTempAppDatabase } from '../testing/app-database';
import { ftmJsonLines, type FtmEntity } from './ftm';

// The FollowTheMoney export read back by the FtM importer: the reference data and an OFAC
// sample, exported from one database and imported into a fresh one (same reference data),
// come out the same; the export imported into the database that wrote it changes nothing.

// Two databases in turn, each opened as the app opens its own (not a React hook).
const openTempDatabase = useTempAppDatabase;
const OFAC = path.join(import.meta.dirname, '..', 'import', 'fixtures', 'ofac-sample', 'sdn.csv');
const dir = mkdtempSync(path.join(tmpdir(), 'ftm-export-'));
let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importFile(file: string) {
  const format = (await detectFormat(file))!;
  return planImport(getDb(), await readImportFile(file, format), {
    format,
    fileName: path.basename(file),
    sha256: await importSha256(file, format),
    asOf: '2026-12-01',
  });
}

/** A database with the reference data and the OFAC sample, exported to a file. */
async function exportedSource(): Promise<string> {
  cleanup = openTempDatabase();
  await applyImport(await importFile(OFAC), null);
  const file = path.join(dir, `entities-${Date.now()}.ftm.json`);
  await pipeline(ftmJsonLines(getDb()), createWriteStream(file));
  return file;
}

const all = <T>(sql: string) => getDb().$client.prepare(sql).all() as T[];

/** What must travel, keyed by names (ids differ between two databases). */
function snapshot() {
  const identifiers = all<{ party: number; scheme: string; value: string; country: string }>(
    `SELECT party_id AS party, scheme, value, country FROM party_identifiers ORDER BY scheme, value`,
  );
  const aliases = all<{ party: number; name: string; strength: string }>(
    `SELECT party_id AS party, name, strength FROM party_aliases ORDER BY name`,
  );
  const parties = all<{ id: number; name: string; kind: string; country: string | null }>(
    `SELECT id, name, kind, country_code AS country FROM parties WHERE retired_at IS NULL ORDER BY name`,
  ).map(({ id, ...p }) => ({
    ...p,
    identifiers: identifiers.filter((i) => i.party === id).map((i) => `${i.scheme}:${i.value}:${i.country}`),
    aliases: aliases.filter((a) => a.party === id).map((a) => `${a.strength}:${a.name}`),
  }));
  const sanctions = all<Record<string, unknown>>(
    `SELECT i.name AS imposer, t.name AS target, s.measure, s.status, s.programme, s.listed_on,
            s.authority_id, s.title
       FROM sanctions s JOIN parties i ON i.id = s.imposing_id JOIN parties t ON t.id = s.target_id
      WHERE s.retired_at IS NULL ORDER BY s.title, s.authority_id`,
  );
  const legalBases = all<Record<string, unknown>>(
    `SELECT s.title, s.legal_basis FROM sanctions s WHERE s.retired_at IS NULL ORDER BY s.title`,
  );
  const aid = all<Record<string, unknown>>(
    `SELECT d.name AS donor, r.name AS recipient, a.category, a.status, a.amount, a.currency,
            a.amount_usd, a.announced_on, a.title
       FROM aid_packages a JOIN parties d ON d.id = a.donor_id JOIN parties r ON r.id = a.recipient_id
      WHERE a.retired_at IS NULL ORDER BY a.announced_on, a.title`,
  );
  return { parties, sanctions, legalBases, aid };
}

describe('the FollowTheMoney export', () => {
  it('writes one entity a line: parties first, then sanctions and payments linking them', async () => {
    const file = await exportedSource();
    const entities = readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as FtmEntity);
    const ids = new Set<string>();
    for (const e of entities) {
      for (const link of [
        ...(e.properties.entity ?? []),
        ...(e.properties.payer ?? []),
        ...(e.properties.beneficiary ?? []),
      ])
        expect(ids.has(link), `${e.id} links ${link} before it is written`).toBe(true);
      ids.add(e.id);
    }
    const leader = entities.find((e) => e.properties.name?.[0] === 'NS LEADER')!;
    expect(leader).toMatchObject({
      id: expect.stringMatching(/^tracker-party-\d+$/),
      schema: 'Vessel',
      properties: { country: ['ga'], imoNumber: ['9339301'] },
    });
    const designation = entities.find((e) => e.properties.entity?.[0] === leader.id)!;
    expect(designation).toMatchObject({
      schema: 'Sanction',
      properties: {
        authority: ['United States'],
        authorityId: ['47371:RUSSIA-EO14024'],
        program: ['RUSSIA-EO14024'],
        provisions: ['Asset freeze'],
        status: ['imposed'],
      },
    });
    const payment = entities.find((e) => e.schema === 'Payment')!;
    expect(payment.properties).toMatchObject({
      payer: [expect.any(String)],
      beneficiary: [expect.any(String)],
      currency: ['USD'],
      summary: [expect.any(String)],
    });
    // Public data only: nothing about who edited what, or when.
    const keys = new Set(entities.flatMap((e) => Object.keys(e.properties)));
    for (const key of keys) expect(key).not.toMatch(/user|editor|created|updated|retired|version|batch/i);
  });

  it('is read back by the FtM importer into a fresh database as the same data', async () => {
    const file = await exportedSource();
    const before = snapshot();
    cleanup!();
    cleanup = openTempDatabase();
    const plan = await importFile(file);
    expect(plan.errors).toEqual([]);
    // The reference data is there already: each of its entries is found, not added again. A
    // sanction or payment without a list id is found only when its parties, measure or
    // amounts, status, date and title all came back as they were, so this checks them too.
    expect(planCounts(plan)).toMatchObject({
      parties: { new: 17, ambiguous: 0 },
      sanctions: { new: 26, updated: 0, held: 0 },
      aid: { new: 0, updated: 0, held: 0, newParties: 0 },
    });
    await applyImport(plan, null);
    const after = snapshot();
    expect(after.parties).toEqual(before.parties);
    expect(after.sanctions).toEqual(before.sanctions);
    expect(after.aid).toEqual(before.aid);
    // FtM has no property for a sanction's legal act: a designation new to the database
    // comes without one (OFAC's were its programme), one already there keeps its own.
    const basis = new Map(after.legalBases.map((s) => [s.title, s.legal_basis]));
    for (const s of before.legalBases)
      expect(basis.get(s.title)).toBe(
        before.sanctions.some((b) => b.title === s.title && b.authority_id) ? null : s.legal_basis,
      );
  });

  it('changes nothing when imported into the database that wrote it', async () => {
    const file = await exportedSource();
    const plan = await importFile(file);
    expect(plan.errors).toEqual([]);
    expect(planCounts(plan)).toMatchObject({
      parties: { new: 0, updated: 0, ambiguous: 0 },
      sanctions: { new: 0, updated: 0, lifted: 0, held: 0 },
      aid: { new: 0, updated: 0, held: 0, newParties: 0 },
    });
    expect(changesSomething(plan)).toBe(false);
  });
});
