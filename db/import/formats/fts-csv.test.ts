import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAll } from '../../testing/imported-records';
import type { ImportedAid } from '../records';
import { readFtsCsv } from './fts-csv';

const FTS = path.join(import.meta.dirname, '../fixtures/fts/incoming_funding_pse.csv');
const SDN = path.join(import.meta.dirname, '../fixtures/ofac-sample/sdn.csv');
const ONE = path.join(import.meta.dirname, '../fixtures/one/table.csv');

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The fixture's header and first flow (Spain → NRC, line 2), that flow's row passed through `edit`. */
function oneFlowFile(edit: (cells: Record<string, string>) => void): string {
  const [header, row] = readFileSync(FTS, 'utf8').split('\n');
  const names = header!.split(',');
  // The first flow's description holds commas: take it apart with its quotes.
  const cells = row!.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
  const byName = Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
  edit(byName);
  const folder = mkdtempSync(path.join(tmpdir(), 'fts-'));
  folders.push(folder);
  const file = path.join(folder, 'flows.csv');
  writeFileSync(file, `${header}\n${names.map((n) => byName[n]).join(',')}\n`);
  return file;
}

function flow(aid: ImportedAid[], id: string): ImportedAid {
  const found = aid.find((a) => a.authorityId === `fts:${id}`);
  if (!found) throw new Error(`no flow ${id}`);
  return found;
}

describe('readFtsCsv on the FTS flows into the occupied Palestinian territory', () => {
  it('describes the list', async () => {
    const { list } = await readFtsCsv(FTS);
    expect(list).toEqual({
      title: 'OCHA Financial Tracking Service: incoming funding',
      publisher: 'UN OCHA Financial Tracking Service',
      url: 'https://fts.unocha.org/',
      language: 'en',
    });
  });

  it('reads all 338 flows: 336 aid records, and the 2 without a donor as errors on their lines', async () => {
    const read = await readAll(await readFtsCsv(FTS));
    expect(read.aid).toHaveLength(336);
    expect(read.errors).toEqual([
      { at: 'incoming_funding_pse.csv line 3', reason: 'donor missing: flow 228274 has no srcOrganization' },
      { at: 'incoming_funding_pse.csv line 5', reason: 'donor missing: flow 228276 has no srcOrganization' },
    ]);
    expect(new Set(read.aid.map((a) => a.authorityId)).size).toBe(336);
    // Six descriptions run over several lines: the last flow is on the file's last line.
    expect(read.aid.at(-1)!.at).toBe('incoming_funding_pse.csv line 345');
    const count = (status: string) => read.aid.filter((a) => a.status === status).length;
    expect([count('pledged'), count('approved'), count('delivered')]).toEqual([1, 134, 201]);
    expect(read.aid.every((a) => a.category === 'humanitarian')).toBe(true);
  });

  it('reads flow 228352, Spain to the Norwegian Refugee Council, as the file gives it', async () => {
    const read = await readAll(await readFtsCsv(FTS));
    const spain = flow(read.aid, '228352');
    expect(spain).toMatchObject({
      at: 'incoming_funding_pse.csv line 2',
      donor: { name: 'Spain, Government of', kind: 'government' },
      recipient: { name: 'Norwegian Refugee Council', kind: 'other' },
      status: 'approved',
      announcedOn: '2021-02-01',
      originalAmount: 1_395_868,
      originalCurrency: 'EUR',
      exchangeRate: 0.824,
      amountUsd: 1_694_015,
    });
    // The rate is EUR per USD, as FTS states it.
    expect(spain.originalAmount! / spain.amountUsd!).toBeCloseTo(spain.exchangeRate!, 3);
    expect(spain.quote).toMatch(
      /^Information, Counseling and Legal Assistance \(ICLA\).*Gaza and the West Bank$/,
    );
    expect(spain.title.length).toBeLessThanOrEqual(200);
    expect(spain.title).toMatch(/^Information, Counseling and Legal Assistance \(ICLA\) .*…$/);
  });

  it('maps the pledge, the organisation kinds and a recipient given only as a country', async () => {
    const read = await readAll(await readFtsCsv(FTS));
    expect(flow(read.aid, '227063')).toMatchObject({
      status: 'pledged',
      donor: { name: 'Malta, Government of', kind: 'government' },
      recipient: {
        name: 'United Nations Relief and Works Agency for Palestine Refugees in the Near East',
        kind: 'international_org',
      },
    });
    // Italy → (no organisation) in PSE: the recipient is the country.
    expect(flow(read.aid, '222399')).toMatchObject({
      donor: { name: 'Italy, Government of', kind: 'government' },
      recipient: { name: 'State of Palestine', countryCode: 'PS', kind: 'state' },
      amountUsd: 586_854,
    });
  });

  it('leaves out an original amount of 0 beside a USD amount, so the USD amount stands', async () => {
    const read = await readAll(await readFtsCsv(FTS));
    const japan = flow(read.aid, '207200');
    expect(japan.amountUsd).toBe(448_251);
    expect(japan.originalAmount).toBeUndefined();
    expect(japan.originalCurrency).toBeUndefined();
  });

  it('reports a malformed amount or date as an error on its line', async () => {
    const badAmount = oneFlowFile((c) => (c.amountUSD = '"1,694,015"'));
    expect((await readAll(await readFtsCsv(badAmount))).errors).toEqual([
      { at: 'flows.csv line 2', reason: 'amountUSD "1,694,015" is not an amount' },
    ]);
    const badDate = oneFlowFile((c) => (c.decisionDate = '2021-02-30'));
    expect((await readAll(await readFtsCsv(badDate))).errors).toEqual([
      { at: 'flows.csv line 2', reason: 'date "2021-02-30" is not a date (YYYY-MM-DD)' },
    ]);
    const badStatus = oneFlowFile((c) => (c.status = 'maybe'));
    expect((await readAll(await readFtsCsv(badStatus))).errors[0]!.reason).toBe(
      'status "maybe" is not pledge, commitment or paid',
    );
  });

  it('refuses a file that is not an FTS flows CSV', async () => {
    await expect(readFtsCsv(SDN)).rejects.toThrow(
      /^sdn\.csv is not an OCHA FTS flows CSV: its header row lacks the columns date, description, amountUSD/,
    );
    await expect(readFtsCsv(ONE)).rejects.toThrow(/^table\.csv is not an OCHA FTS flows CSV/);
    await expect(readFtsCsv(path.join(import.meta.dirname, 'missing.csv'))).rejects.toThrow(
      /Cannot open .*ENOENT/,
    );
  });
});
