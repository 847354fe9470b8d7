import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../index';
import { useTempAppDatabase } from '../testing/app-database';
import { applyImport } from './apply';
import { planCounts, planImport } from './plan';
import { changesSomething } from './preview';
import { detectFormat, importSha256, readImportFile } from './read';

// The importer end to end on a real migrated file: read, match, plan, write, read again.

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const OFAC = path.join(FIXTURES, 'ofac-sample', 'sdn.csv');
const UN = path.join(FIXTURES, 'un', 'consolidated-sample.xml');

let cleanup: () => void;
beforeEach(() => {
  cleanup?.();
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup?.());

async function plan(file: string, asOf = '2026-12-01') {
  const format = (await detectFormat(file))!;
  const parsed = await readImportFile(file, format);
  return planImport(getDb(), parsed, {
    format,
    fileName: path.basename(file),
    sha256: await importSha256(file, format),
    asOf,
  });
}
const all = <T>(sql: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(sql)
    .all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(sql)
    .get(...params) as T;

/** A copy of the OFAC sample to edit, as a newer version of the list would differ. */
function ofacCopy(edit: (sdn: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ofac-'));
  cpSync(path.dirname(OFAC), dir, { recursive: true });
  const file = path.join(dir, 'sdn.csv');
  writeFileSync(file, edit(readFileSync(file, 'latin1')), 'latin1');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return file;
}

describe('import', () => {
  it('reads the OFAC sample into parties and designations, each citing the list with its remarks', async () => {
    const p = await plan(OFAC);
    expect(planCounts(p)).toMatchObject({
      parties: { new: 17, updated: 0, unchanged: 0, ambiguous: 0 },
      sanctions: { new: 26, updated: 0, unchanged: 0, lifted: 0 },
      errors: 6,
    });
    await applyImport(p, null);
    const leader = one<{ id: number; kind: string; country_code: string }>(
      `SELECT id, kind, country_code FROM parties WHERE name = 'NS LEADER'`,
    );
    expect(leader).toMatchObject({ kind: 'vessel', country_code: 'GA' });
    expect(
      all(`SELECT scheme, value FROM party_identifiers WHERE party_id = ? ORDER BY scheme`, leader.id),
    ).toEqual([
      { scheme: 'imo', value: '9339301' },
      { scheme: 'ofac', value: '47371' },
    ]);
    const sanction = one<Record<string, unknown>>(
      `SELECT s.*, i.slug AS imposer, c.quote, src.title AS source
         FROM sanctions s JOIN parties i ON i.id = s.imposing_id
         JOIN citations c ON c.sanction_id = s.id JOIN sources src ON src.id = c.source_id
        WHERE s.target_id = ?`,
      leader.id,
    );
    expect(sanction).toMatchObject({
      imposer: 'united-states',
      measure: 'asset_freeze',
      status: 'imposed',
      programme: 'RUSSIA-EO14024',
      legal_basis: 'RUSSIA-EO14024',
      authority_id: '47371:RUSSIA-EO14024',
      announced_on: '2026-12-01',
      source: 'OFAC Specially Designated Nationals and Blocked Persons List, 2026-12-01',
    });
    expect(sanction.quote).toContain('IMO 9339301');
    // Every change is in the audit log, attributed to the batch.
    const batch = one<{ id: number; format: string; sha256: string }>(`SELECT * FROM import_batches`);
    expect(batch.format).toBe('ofac-sdn');
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE batch_id = ?`, batch.id).n).toBe(
      17 + 26,
    );
  });

  it('changes nothing when the same file is imported again', async () => {
    await applyImport(await plan(OFAC), null);
    const again = await plan(OFAC);
    expect(planCounts(again)).toMatchObject({
      parties: { new: 0, updated: 0, unchanged: 17, ambiguous: 0 },
      sanctions: { new: 0, updated: 0, unchanged: 26, lifted: 0, held: 0 },
    });
    expect(changesSomething(again)).toBe(false);
  });

  it('updates what changed in a newer version, adds what is new and lifts what left the list', async () => {
    await applyImport(await plan(OFAC, '2026-12-01'), null);
    const newer = ofacCopy((sdn) =>
      sdn
        // Left the list.
        .replace(/^10278,.*\r?\n/m, '')
        // Renamed and moved to another programme.
        .replace('"NS LEADER","vessel","RUSSIA-EO14024"', '"NS LEADER II","vessel","RUSSIA-EO14024] [IRAN"')
        // Newly listed.
        .concat(
          '99001,"NEW TANKER","vessel","RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"IMO 9999999."\r\n',
        ),
    );
    const p = await plan(newer, '2026-12-08');
    expect(planCounts(p)).toMatchObject({
      parties: { new: 1, updated: 1, unchanged: 15 },
      // The renamed tanker's designation is retitled with it.
      sanctions: { new: 2, updated: 1, unchanged: 24, lifted: 1 },
    });
    await applyImport(p, null);
    expect(one(`SELECT name FROM parties WHERE name LIKE 'NS LEADER%'`)).toEqual({ name: 'NS LEADER II' });
    expect(one(`SELECT status, lifted_on FROM sanctions WHERE authority_id = '10278:SDNT'`)).toEqual({
      status: 'lifted',
      lifted_on: '2026-12-08',
    });
    expect(all(`SELECT programme FROM sanctions WHERE authority_id LIKE '47371:%' ORDER BY 1`)).toEqual([
      { programme: 'IRAN' },
      { programme: 'RUSSIA-EO14024' },
    ]);
    // The lift and the rename are in the audit log with before and after.
    const lift = one<{ before: string; after: string }>(
      `SELECT a.before, a.after FROM audit_log a JOIN sanctions s ON s.id = a.entity_id
        WHERE a.entity_type = 'sanction' AND s.authority_id = '10278:SDNT' AND a.action = 'update'`,
    );
    expect(JSON.parse(lift.before).status).toBe('imposed');
    expect(JSON.parse(lift.after).status).toBe('lifted');
    // And the old version again would put it back: nothing is ever deleted.
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM sanctions WHERE authority_id IS NOT NULL`).n).toBe(
      28,
    );
  });

  it("reuses the tracker's party with the same name, accents and case aside, and adds the list's ids to it", async () => {
    const { lastInsertRowid } = getDb()
      .$client.prepare(`INSERT INTO parties (slug, name, kind) VALUES ('ns-leader', 'Ns Léader', 'vessel')`)
      .run();
    const p = await plan(OFAC);
    expect(planCounts(p).parties).toMatchObject({ new: 16, updated: 1 });
    expect(p.parties.updated[0]).toMatchObject({ id: Number(lastInsertRowid), via: 'name' });
    await applyImport(p, null);
    expect(one(`SELECT count(*) AS n FROM parties WHERE name LIKE 'NS L%'`)).toEqual({ n: 1 });
    expect(one(`SELECT count(*) AS n FROM party_identifiers WHERE party_id = ?`, lastInsertRowid)).toEqual({
      n: 2,
    });
  });

  it('shows a name that matches several parties as ambiguous, and holds its designations back', async () => {
    getDb().$client.exec(
      `INSERT INTO parties (slug, name, kind) VALUES ('ns-leader-a', 'NS Leader', 'vessel'), ('ns-leader-b', 'ns leader', 'company')`,
    );
    const p = await plan(OFAC);
    expect(p.parties.ambiguous).toHaveLength(1);
    expect(p.parties.ambiguous[0]!.candidates.map((c) => c.name).sort()).toEqual(['NS Leader', 'ns leader']);
    expect(p.sanctions.held.map((s) => s.authorityId)).toEqual(['47371:RUSSIA-EO14024']);
    await applyImport(p, null);
    expect(one(`SELECT count(*) AS n FROM sanctions WHERE authority_id = '47371:RUSSIA-EO14024'`)).toEqual({
      n: 0,
    });
  });

  it('writes nothing at all when the import stops half-way', async () => {
    const p = await plan(path.join(FIXTURES, 'un', 'consolidated-sample.xml'));
    const before = all(`SELECT (SELECT count(*) FROM parties) AS p, (SELECT count(*) FROM sanctions) AS s`);
    await expect(
      applyImport(p, null, (done) => {
        if (done > 0) throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    expect(all(`SELECT (SELECT count(*) FROM parties) AS p, (SELECT count(*) FROM sanctions) AS s`)).toEqual(
      before,
    );
    expect(one(`SELECT count(*) AS n FROM import_batches`)).toEqual({ n: 0 });
  });

  it('reads the UN sample with its listing dates and creates the Security Council as imposer', async () => {
    const p = await plan(UN);
    expect(p.newImposers).toEqual(['un-security-council']);
    expect(p.asOf).toBe('2026-02-27');
    await applyImport(p, null);
    const rows = all<{ listed_on: string; announced_on: string }>(
      `SELECT s.listed_on, s.announced_on FROM sanctions s JOIN parties i ON i.id = s.imposing_id
        WHERE i.slug = 'un-security-council'`,
    );
    expect(rows.length).toBe(planCounts(p).sanctions.new);
    for (const r of rows) expect(r.announced_on).toBe(r.listed_on);
  });
});
