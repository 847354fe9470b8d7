import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { partyByKey, readAll } from '../../testing/imported-records';
import { readOfacSdn } from './ofac-sdn';

const SAMPLE = path.join(import.meta.dirname, '../fixtures/ofac-sample');
const UN_SAMPLE = path.join(import.meta.dirname, '../fixtures/un/consolidated-sample.xml');
const FULL_2021 = path.join(import.meta.dirname, '../../../data/samples/ofac-sdn-2021');

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A copy of the sample in a temporary folder, its sdn.csv lines passed through `edit`. */
function sampleCopy(edit: (lines: string[]) => string[] = (lines) => lines): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'ofac-'));
  folders.push(folder);
  for (const name of readdirSync(SAMPLE)) copyFileSync(path.join(SAMPLE, name), path.join(folder, name));
  const sdn = path.join(folder, 'sdn.csv');
  // The sample's lines end in CRLF: each line here keeps its CR.
  const lines = readFileSync(sdn, 'utf8').replace(/\n$/, '').split('\n');
  writeFileSync(sdn, edit(lines).join('\n') + '\n');
  return sdn;
}

describe('readOfacSdn on the OFAC sample', () => {
  it('describes the list, without a version date (the CSV files carry none)', async () => {
    const { list } = await readOfacSdn(path.join(SAMPLE, 'sdn.csv'));
    expect(list).toEqual({
      title: 'OFAC Specially Designated Nationals and Blocked Persons List',
      publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
      url: 'https://sanctionslist.ofac.treas.gov/',
      language: 'en',
    });
  });

  it('reads 17 parties, one sanction per programme (26), and the companion rows no entry owns as errors', async () => {
    const read = await readAll(await readOfacSdn(path.join(SAMPLE, 'sdn.csv')));
    expect(read.parties).toHaveLength(17);
    expect(read.sanctions).toHaveLength(26);
    expect(read.parties.map((p) => p.kind).sort()).toEqual([
      ...Array(2).fill('aircraft'),
      ...Array(7).fill('company'),
      ...Array(4).fill('person'),
      ...Array(4).fill('vessel'),
    ]);
    expect(read.errors).toEqual([
      { at: 'alt.csv line 1', reason: 'ent_num 10416 is not an entry read from sdn.csv' },
      { at: 'alt.csv line 6', reason: 'ent_num 11935 is not an entry read from sdn.csv' },
      { at: 'alt.csv line 10', reason: 'ent_num 18820 is not an entry read from sdn.csv' },
      { at: 'alt.csv line 11', reason: 'ent_num 30221 is not an entry read from sdn.csv' },
      { at: 'alt.csv line 15', reason: 'ent_num 29445 is not an entry read from sdn.csv' },
      { at: 'add.csv line 26', reason: 'ent_num 33997 is not an entry read from sdn.csv' },
    ]);
    for (const sanction of read.sanctions) {
      expect(sanction).toMatchObject({
        imposerSlug: 'united-states',
        measure: 'asset_freeze',
        status: 'imposed',
      });
      expect(sanction.listedOn).toBeUndefined();
    }
  });

  it('reads an individual: passport and SSN with their countries, the remark alias as weak', async () => {
    const read = await readAll(await readOfacSdn(path.join(SAMPLE, 'sdn.csv')));
    expect(partyByKey(read, '10278')).toMatchObject({
      at: 'sdn.csv line 1',
      name: 'LOGAN MOREY, Elvis Angus',
      kind: 'person',
      identifiers: [
        { scheme: 'ofac', value: '10278' },
        { scheme: 'passport', value: 'P0017003', country: 'BZ' },
        { scheme: 'national-id', value: '561-77-9011', country: 'US' },
      ],
      aliases: [{ name: 'BURTON BURGESS', strength: 'weak' }],
    });
    const khoroshev = partyByKey(read, '48603');
    expect(khoroshev.countryCode).toBe('RU');
    expect(khoroshev.aliases).toEqual([
      { name: 'KHOROSHEV, Dmitriy Yurevich', strength: 'strong' },
      { name: 'YURIEVICH, Dmitry', strength: 'strong' },
      { name: 'KHOROSHEV, Dmitrii Yuryevich', strength: 'strong' },
      { name: 'LOCKBITSUPP', strength: 'weak' },
    ]);
    expect(khoroshev.identifiers).toEqual([
      { scheme: 'ofac', value: '48603' },
      { scheme: 'passport', value: '2018278055', country: 'RU' },
      { scheme: 'passport', value: '2006801524', country: 'RU' },
      { scheme: 'tax-id', value: '366110340670', country: 'RU' },
    ]);
  });

  it('gives an entity under three programmes three sanctions, each quoting the remark', async () => {
    const read = await readAll(await readOfacSdn(path.join(SAMPLE, 'sdn.csv')));
    const party = partyByKey(read, '11195');
    expect(party).toMatchObject({ kind: 'company', countryCode: 'IR' });
    expect(party.identifiers).toContainEqual({ scheme: 'registration', value: '26740', country: 'IR' });
    expect(party.aliases.filter((a) => a.strength === 'strong')).toHaveLength(4);
    expect(party.aliases.filter((a) => a.strength === 'weak').map((a) => a.name)).toContain('SHAHIN CO.');
    expect(party.description).toContain('Address: P.O. Box 81465-935, Esfahan, Iran');

    const sanctions = read.sanctions.filter((s) => s.targetKey === '11195');
    expect(sanctions.map((s) => s.authorityId)).toEqual([
      '11195:NPWMD',
      '11195:IFSR',
      '11195:IRAN-CON-ARMS-EO',
    ]);
    expect(sanctions[2]).toMatchObject({
      at: 'sdn.csv line 2',
      programme: 'IRAN-CON-ARMS-EO',
      legalBasis: 'IRAN-CON-ARMS-EO',
      title: 'OFAC SDN: IRAN AIRCRAFT MANUFACTURING INDUSTRIAL COMPANY (IRAN-CON-ARMS-EO)',
    });
    expect(sanctions[0]!.quote).toMatch(
      /^Additional Sanctions Information .* ISLAMIC REVOLUTIONARY GUARD CORPS\.$/,
    );
  });

  it('reads a vessel: IMO number, flag as its country, the vessel cells in its description', async () => {
    const read = await readAll(await readOfacSdn(path.join(SAMPLE, 'sdn.csv')));
    const party = partyByKey(read, '47371');
    expect(party).toMatchObject({
      name: 'NS LEADER',
      kind: 'vessel',
      countryCode: 'GA',
      identifiers: [
        { scheme: 'ofac', value: '47371' },
        { scheme: 'imo', value: '9339301' },
      ],
    });
    expect(party.description).toContain('Vessel: call sign A8LU7; type Crude Oil Tanker; flag Gabon');
    expect(partyByKey(read, '40716').aliases).toEqual([{ name: 'MAKRAN', strength: 'weak' }]);
  });

  it('joins a remark cut at the field limit to its continuation in sdn_comments.csv', async () => {
    const read = await readAll(await readOfacSdn(path.join(SAMPLE, 'sdn.csv')));
    const party = partyByKey(read, '33151');
    expect(party.aliases).toEqual([{ name: 'SUCCESSFUL EXCHANGE', strength: 'weak' }]);
    expect(party.identifiers).toContainEqual({ scheme: 'lei', value: '5299007NTWCC3U23WM81', country: 'CZ' });
    expect(party.identifiers).toContainEqual({ scheme: 'registration', value: '07486049', country: 'CZ' });
    const quote = read.sanctions.find((s) => s.targetKey === '33151')!.quote;
    expect(quote).toContain('XBT 1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi;');
    expect(quote).toMatch(/a\.k\.a\. 'SUCCESSFUL EXCHANGE'\.$/);
  });

  it('gives a company a country only when its addresses name one', async () => {
    const read = await readAll(await readOfacSdn(path.join(SAMPLE, 'sdn.csv')));
    expect(partyByKey(read, '12685').countryCode).toBeUndefined(); // Libya and Switzerland
    expect(partyByKey(read, '19709').countryCode).toBe('GB');
    expect(partyByKey(read, '20540')).toMatchObject({ kind: 'aircraft', aliases: [] });
  });
});

describe('readOfacSdn on bad input', () => {
  it('reports a row cut short by its line and reads the rest', async () => {
    const sdn = sampleCopy((lines) => [
      lines[0]!,
      lines[1]!,
      '12685,"GADDAFI INTERNATIONAL CHARITY AND DEVELOPMENT FOUNDATION",-0- \r',
      ...lines.slice(3),
    ]);
    const read = await readAll(await readOfacSdn(sdn));
    expect(read.errors[0]).toEqual({ at: 'sdn.csv line 3', reason: 'has 3 cells, expected 12' });
    expect(read.parties).toHaveLength(16);
    expect(read.parties.at(-1)).toMatchObject({ at: 'sdn.csv line 17', listKey: '52327' });
  });

  it('reports a row cut inside its quotes with the lines it swallowed, and reads on after them', async () => {
    const sdn = sampleCopy((lines) => [lines[0]!, lines[1]!, lines[2]!.slice(0, 120), ...lines.slice(3)]);
    const read = await readAll(await readOfacSdn(sdn));
    expect(read.errors[0]).toEqual({
      at: 'sdn.csv line 3',
      reason:
        'unreadable CSV: a quoted cell does not end where it should (a row cut short, or a stray quote); ' +
        'lines 3–4 are skipped',
    });
    expect(read.parties.map((p) => p.listKey)).not.toContain('12685');
    expect(read.parties).toHaveLength(15);
    expect(partyByKey(read, '19709').at).toBe('sdn.csv line 5');
  });

  it('reports a non-numeric ent_num, an empty name and a repeated ent_num', async () => {
    const sdn = sampleCopy((lines) => [
      lines[0]!,
      lines[1]!.replace(/^11195/, '1I195'),
      lines[2]!.replace('"GADDAFI INTERNATIONAL CHARITY AND DEVELOPMENT FOUNDATION"', '""'),
      ...lines.slice(3),
      lines[3]!,
    ]);
    const read = await readAll(await readOfacSdn(sdn));
    expect(read.errors.slice(0, 3)).toEqual([
      { at: 'sdn.csv line 2', reason: 'ent_num "1I195" is not a number' },
      { at: 'sdn.csv line 3', reason: 'the name is empty' },
      { at: 'sdn.csv line 18', reason: 'ent_num 15102 is listed twice (first on line 4)' },
    ]);
    expect(read.parties).toHaveLength(15);
  });

  it('keeps cells that look like spreadsheet formulas as the text they are', async () => {
    const sdn = sampleCopy((lines) => [
      lines[0]!
        .replace('"LOGAN MOREY, Elvis Angus"', '"=HYPERLINK(""http://x"")"')
        .replace('BURTON BURGESS', '@SUM(A1)'),
      ...lines.slice(1),
    ]);
    const party = partyByKey(await readAll(await readOfacSdn(sdn)), '10278');
    expect(party.name).toBe('=HYPERLINK("http://x")');
    expect(party.aliases).toEqual([{ name: '@SUM(A1)', strength: 'weak' }]);
  });

  it('refuses sdn.csv without its companion files', async () => {
    const sdn = sampleCopy();
    unlinkSync(path.join(path.dirname(sdn), 'alt.csv'));
    await expect(readOfacSdn(sdn)).rejects.toThrow(/^alt\.csv is missing beside sdn\.csv/);
  });

  it('refuses a file that is not an SDN file', async () => {
    await expect(readOfacSdn(UN_SAMPLE)).rejects.toThrow(
      'consolidated-sample.xml is not an OFAC SDN file (sdn.csv): it is XML',
    );
    await expect(readOfacSdn(path.join(SAMPLE, 'add.csv'))).rejects.toThrow(
      'add.csv is not an OFAC SDN file (sdn.csv): its first line has 6 cells, where an SDN row has 12',
    );
    const withHeader = sampleCopy((lines) => [
      'ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks',
      ...lines,
    ]);
    await expect(readOfacSdn(withHeader)).rejects.toThrow('its first cell "ent_num" is not an ent_num');
    const empty = sampleCopy(() => []);
    await expect(readOfacSdn(empty)).rejects.toThrow(
      'sdn.csv is not an OFAC SDN file (sdn.csv): it is empty',
    );
    await expect(readOfacSdn(path.join(SAMPLE, 'none.csv'))).rejects.toThrow(
      /^Cannot open .*none\.csv: ENOENT/,
    );
  });
});

describe('readOfacSdn on the whole list of July 2021', () => {
  it(
    'reads 8,976 parties and one sanction per programme mention, without errors',
    { timeout: 30_000 },
    async () => {
      const sdn = path.join(FULL_2021, 'sdn.csv');
      const rows = parse(readFileSync(sdn, 'utf8'), { relax_column_count: true }) as string[][];
      const mentions = rows
        .filter((row) => row.length === 12)
        .reduce((n, row) => n + row[3]!.split('] [').length, 0);

      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const heapBefore = process.memoryUsage().heapUsed;
      let heapPeak = heapBefore;
      let parties = 0;
      let sanctions = 0;
      let errors = 0;
      for await (const record of (await readOfacSdn(sdn)).records) {
        if (record.type === 'party') parties++;
        else if (record.type === 'sanction') sanctions++;
        else errors++;
        if ((parties + sanctions) % 500 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      }
      const ms = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      console.log(
        `OFAC SDN 2021: ${parties} parties, ${sanctions} sanctions in ${ms.toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms); ` +
          `heap +${((heapPeak - heapBefore) / 1e6).toFixed(1)} MB at most, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
      );
      expect(parties).toBe(8976);
      expect(mentions).toBe(10759);
      expect(sanctions).toBe(mentions);
      expect(errors).toBe(0);
    },
  );
});
