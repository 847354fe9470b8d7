import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../index';
import { useTempAppDatabase } from '../testing/app-database';
import type { Resolutions } from '@/domain/validation/import-resolutions';
import { applyImport } from './apply';
import { planCounts, planImport } from './plan';
import type { ImportedAid, ImportedParty, ImportedRecord, ParsedFile } from './records';
import { importSha256, readImportFile } from './read';

// The editor's choices on the import page, planned: an ambiguous party of the file or aid
// name goes to the party chosen, or to a new one; a choice the data no longer offers is
// ignored and the ambiguity shown again.

const SDN = path.join(import.meta.dirname, 'fixtures', 'ofac-sample', 'sdn.csv');
/** NS LEADER's entry in the OFAC sample, and its one designation. */
const LEADER = '47371';
const LEADER_DESIGNATION = '47371:RUSSIA-EO14024';

let cleanup: () => void;
beforeEach(() => {
  cleanup?.();
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup?.());

const exec = (sql: string) => getDb().$client.exec(sql);
const one = <T>(sql: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(sql)
    .get(...params) as T;
const idOf = (slug: string) => one<{ id: number }>(`SELECT id FROM parties WHERE slug = ?`, slug).id;

const choices = (over: Partial<Resolutions>): Resolutions => ({ parties: {}, aidNames: {}, ...over });

async function planOfac(resolutions?: Resolutions) {
  return planImport(getDb(), await readImportFile(SDN, 'ofac-sdn'), {
    format: 'ofac-sdn',
    fileName: 'sdn.csv',
    sha256: await importSha256(SDN, 'ofac-sdn'),
    asOf: '2026-12-01',
    resolutions,
  });
}

/** Two parties of the tracker that NS LEADER's name fits. */
function twoLeaders() {
  exec(`INSERT INTO parties (slug, name, kind) VALUES
          ('ns-leader-tanker', 'NS Leader', 'vessel'), ('ns-leader-shipping', 'ns leader', 'company')`);
  return { tanker: idOf('ns-leader-tanker'), shipping: idOf('ns-leader-shipping') };
}

const targetOf = (authorityId: string) =>
  one<{ slug: string; name: string } | undefined>(
    `SELECT p.slug, p.name FROM sanctions s JOIN parties p ON p.id = s.target_id WHERE s.authority_id = ?`,
    authorityId,
  );

describe('an ambiguous party of the file', () => {
  it('is held, its designation with it, until the editor chooses', async () => {
    const { tanker, shipping } = twoLeaders();
    const p = await planOfac();
    expect(p.parties.ambiguous.map((a) => a.record.listKey)).toEqual([LEADER]);
    expect(p.parties.ambiguous[0]!.candidates).toEqual(
      expect.arrayContaining([
        { id: tanker, name: 'NS Leader', slug: 'ns-leader-tanker', kind: 'vessel' },
        { id: shipping, name: 'ns leader', slug: 'ns-leader-shipping', kind: 'company' },
      ]),
    );
    expect(p.sanctions.held.map((s) => s.authorityId)).toEqual([LEADER_DESIGNATION]);
    await applyImport(p, null);
    expect(targetOf(LEADER_DESIGNATION)).toBeUndefined();
  });

  it('goes to the candidate chosen, and its designation lands on that party', async () => {
    const { tanker } = twoLeaders();
    const p = await planOfac(choices({ parties: { [LEADER]: tanker } }));
    expect(planCounts(p).parties.ambiguous).toBe(0);
    expect(p.sanctions.held).toEqual([]);
    expect(p.parties.updated.find((u) => u.record.listKey === LEADER)).toMatchObject({
      id: tanker,
      via: 'editor',
    });
    expect(p.parties.chosen.map((c) => [c.record.listKey, c.choice])).toEqual([[LEADER, tanker]]);
    await applyImport(p, null);
    expect(targetOf(LEADER_DESIGNATION)).toEqual({ slug: 'ns-leader-tanker', name: 'NS Leader' });
    // The list's ids go to the party chosen, so the next import matches it by them.
    expect(one(`SELECT party_id FROM party_identifiers WHERE scheme = 'ofac' AND value = ?`, LEADER)).toEqual(
      {
        party_id: tanker,
      },
    );
    expect(planCounts(await planOfac()).parties.ambiguous).toBe(0);
  });

  it('becomes a new party when the editor says it is none of them', async () => {
    twoLeaders();
    const p = await planOfac(choices({ parties: { [LEADER]: 'new' } }));
    expect(p.parties.new.find((n) => n.record.listKey === LEADER)).toMatchObject({ id: null, via: 'editor' });
    await applyImport(p, null);
    expect(one(`SELECT count(*) AS n FROM parties WHERE name LIKE 'ns leader'`)).toEqual({ n: 3 });
    expect(targetOf(LEADER_DESIGNATION)).toEqual({ slug: 'ns-leader', name: 'NS LEADER' });
  });

  it('stays ambiguous, saying why, when the party chosen is no longer a candidate', async () => {
    const { tanker } = twoLeaders();
    exec(`INSERT INTO parties (slug, name, kind) VALUES ('ns-leader-3', 'NS LEADER', 'other')`);
    exec(`UPDATE parties SET retired_at = '2026-12-02T00:00:00Z' WHERE id = ${tanker}`);
    const p = await planOfac(choices({ parties: { [LEADER]: tanker } }));
    expect(p.parties.chosen).toEqual([]);
    expect(p.parties.ambiguous).toHaveLength(1);
    expect(p.parties.ambiguous[0]!.reason).toBe(
      `Its name matches several parties. The party chosen earlier (#${tanker}) is no longer one of them: choose again.`,
    );
    expect(p.sanctions.held.map((s) => s.authorityId)).toEqual([LEADER_DESIGNATION]);
  });
});

const flow = (authorityId: string, donor: string, recipient = 'Ukraine'): ImportedAid => ({
  at: `line ${authorityId}`,
  authorityId,
  donor: { name: donor },
  recipient: { name: recipient },
  category: 'humanitarian',
  status: 'delivered',
  announcedOn: '2024-03-01',
  title: `Flow ${authorityId}`,
  amountUsd: 1_000_000,
  quote: 'As the table says.',
});

function table(parties: ImportedParty[], aid: ImportedAid[]): ParsedFile {
  return {
    list: { title: 'OCHA Financial Tracking Service', publisher: 'OCHA', language: 'en' },
    records: (async function* (): AsyncGenerator<ImportedRecord> {
      for (const party of parties) yield { type: 'party', party };
      for (const a of aid) yield { type: 'aid', aid: a };
    })(),
  };
}
const planTable = (aid: ImportedAid[], resolutions?: Resolutions, parties: ImportedParty[] = []) =>
  planImport(getDb(), table(parties, aid), {
    format: 'fts-csv',
    fileName: 'flows.csv',
    sha256: 'a'.repeat(64),
    asOf: '2026-12-01',
    resolutions,
  });
const donorOf = (authorityId: string) =>
  one<{ slug: string } | undefined>(
    `SELECT p.slug FROM aid_packages a JOIN parties p ON p.id = a.donor_id WHERE a.authority_id = ?`,
    authorityId,
  );

describe('an aid name that fits several parties', () => {
  const twoUnicefs = () => {
    exec(`INSERT INTO parties (slug, name, kind) VALUES
            ('unicef', 'UNICEF', 'international_org'), ('unicef-usa', 'Unicef', 'other')`);
    return { unicef: idOf('unicef'), usa: idOf('unicef-usa') };
  };
  const rows = () => [flow('fts:1', 'UNICEF'), flow('fts:2', 'unicef')];

  it('holds its rows until the editor chooses, once for every spelling', async () => {
    const { unicef, usa } = twoUnicefs();
    const p = await planTable(rows());
    expect(p.aid.held).toHaveLength(2);
    expect(p.aid.ambiguousNames).toEqual([
      expect.objectContaining({ key: 'unicef', rows: 2, candidates: expect.any(Array) }),
    ]);
    expect(p.aid.ambiguousNames[0]!.candidates.map((c) => c.id).sort()).toEqual([unicef, usa].sort());
  });

  it('plans every row naming it with the party chosen', async () => {
    const { usa } = twoUnicefs();
    const p = await planTable(rows(), choices({ aidNames: { unicef: usa } }));
    expect(planCounts(p).aid).toMatchObject({ new: 2, held: 0, newParties: 0 });
    expect(p.aid.chosenNames).toEqual([expect.objectContaining({ key: 'unicef', choice: usa, rows: 2 })]);
    await applyImport(p, null);
    expect([donorOf('fts:1'), donorOf('fts:2')]).toEqual([{ slug: 'unicef-usa' }, { slug: 'unicef-usa' }]);
  });

  it('creates one new party for it when the editor says it is none of them', async () => {
    twoUnicefs();
    const p = await planTable(rows(), choices({ aidNames: { unicef: 'new' } }));
    expect(planCounts(p).aid).toMatchObject({ new: 2, held: 0, newParties: 1 });
    await applyImport(p, null);
    expect(donorOf('fts:1')).toEqual({ slug: 'unicef-2' });
    expect(donorOf('fts:2')).toEqual({ slug: 'unicef-2' });
  });

  it('stays held when the party chosen is no longer a candidate', async () => {
    const { usa } = twoUnicefs();
    exec(`INSERT INTO parties (slug, name, kind) VALUES ('unicef-uk', 'UNICEF', 'other')`);
    exec(`UPDATE parties SET retired_at = '2026-12-02T00:00:00Z' WHERE id = ${usa}`);
    const p = await planTable(rows(), choices({ aidNames: { unicef: usa } }));
    expect(p.aid.held).toHaveLength(2);
    expect(p.aid.chosenNames).toEqual([]);
    expect(p.aid.ambiguousNames[0]!.reason).toBe(
      `“UNICEF” fits several parties; choose on the import page. The party chosen earlier (#${usa}) is no longer one of them: choose again.`,
    );
  });

  it("waits for the choice of a file's ambiguous entry it names, creating nothing meanwhile", async () => {
    twoUnicefs();
    const entry: ImportedParty = {
      at: 'line 1',
      listKey: 'org-1',
      name: 'UNICEF',
      kind: 'international_org',
      identifiers: [],
      aliases: [],
    };
    const p = await planTable([flow('fts:1', 'UNICEF', 'Brand New Relief')], undefined, [entry]);
    expect(p.aid.held.map((h) => h.reason)).toEqual([
      '“UNICEF” is an entry of the file left ambiguous; choose its party first.',
    ]);
    // The recipient only that held row names is not created.
    expect(p.aid.newParties.size).toBe(0);
  });
});
