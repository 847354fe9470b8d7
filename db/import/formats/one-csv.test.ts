import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAll } from '../../testing/imported-records';
import type { ImportedAid } from '../records';
import { htmlToText, readOneCsv } from './one-csv';

const ONE = path.join(import.meta.dirname, '../fixtures/one/table.csv');
const SDN = path.join(import.meta.dirname, '../fixtures/ofac-sample/sdn.csv');
const FTS = path.join(import.meta.dirname, '../fixtures/fts/incoming_funding_pse.csv');

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function record(aid: ImportedAid[], authorityId: string): ImportedAid {
  const found = aid.find((a) => a.authorityId === authorityId);
  if (!found) throw new Error(`no record ${authorityId}`);
  return found;
}

describe('readOneCsv on ONE Campaign’s Ukraine ODA table', () => {
  it('describes the list', async () => {
    const { list } = await readOneCsv(ONE);
    expect(list).toMatchObject({ publisher: 'ONE Campaign', language: 'en' });
  });

  it('reads 30 donors: 29 ODA pledges and 27 refugee-cost estimates, an empty figure giving none', async () => {
    const read = await readAll(await readOneCsv(ONE));
    expect(read.errors).toEqual([]);
    const oda = read.aid.filter((a) => !a.authorityId.endsWith(':refugees'));
    const refugees = read.aid.filter((a) => a.authorityId.endsWith(':refugees'));
    expect(new Set(read.aid.map((a) => a.donor.name)).size).toBe(30);
    expect(oda).toHaveLength(29);
    expect(refugees).toHaveLength(27);
    // Greece gives no ODA figure; Australia, the EU and South Korea no refugee costs.
    expect(oda.map((a) => a.donor.name)).not.toContain('Greece');
    expect(refugees.map((a) => a.donor.name)).not.toContain('Australia');
    expect(read.aid.every((a) => a.status === 'pledged')).toBe(true);
    expect(read.aid.every((a) => a.recipient.countryCode === 'UA' && a.recipient.name === 'Ukraine')).toBe(
      true,
    );
    expect(oda.every((a) => a.category === 'economic')).toBe(true);
    expect(refugees.every((a) => a.category === 'humanitarian')).toBe(true);
  });

  it('reads Germany’s pledge: USD 2,496.7 million, dated by its latest note, quoting notes and sources', async () => {
    const read = await readAll(await readOneCsv(ONE));
    const germany = record(read.aid, 'one:germany');
    expect(germany).toMatchObject({
      at: 'table.csv line 2',
      donor: { name: 'Germany', countryCode: 'DE', kind: 'state' },
      recipient: { name: 'Ukraine', countryCode: 'UA', kind: 'state' },
      amountUsd: 2_496_700_000,
      // Notes of 9 May, 18 May, 9 May, 10 June, 24 June, 4 September.
      announcedOn: '2022-09-04',
      title: 'ODA pledged to Ukraine by Germany (ONE estimate)',
    });
    expect(germany.originalAmount).toBeUndefined();
    expect(germany.quote).toMatch(/^9 May: The BMZ have focused/);
    expect(germany.quote).toContain('\n\n4 September: Germany annouced an additional EUR 200 million');
    expect(germany.quote).toMatch(/\n\nSources: 9 May \(https:\/\/www\.bmz\.de\/de\/laender\/ukraine\)\n/);
    expect(germany.quote).not.toMatch(/<|>/);
    expect(record(read.aid, 'one:germany:refugees')).toMatchObject({
      amountUsd: 15_995_900_000,
      title: 'Ukraine in-donor refugee costs of Germany (ONE estimate)',
    });
    expect(record(read.aid, 'one:united-states').amountUsd).toBe(17_891_000_000);
  });

  it('names the EU’s institutions as an organisation without a country', async () => {
    const read = await readAll(await readOneCsv(ONE));
    expect(record(read.aid, 'one:european-union').donor).toEqual({
      name: 'European Union',
      kind: 'international_org',
    });
    expect(record(read.aid, 'one:slovak-republic').donor.countryCode).toBe('SK');
    expect(record(read.aid, 'one:south-korea').donor.countryCode).toBe('KR');
  });

  it('reports a figure that is not a number as an error on its line, and dates undated notes 2022-12-31', async () => {
    const [header, germany, canada] = readFileSync(ONE, 'utf8').split('\n');
    const folder = mkdtempSync(path.join(tmpdir(), 'one-'));
    folders.push(folder);
    const file = path.join(folder, 'table.csv');
    writeFileSync(
      file,
      [header, germany!.replace('2,496.7>>', 'n/a>>'), canada!.replace(/<b>[^<]*<\/b>/g, '')].join('\n'),
    );
    const read = await readAll(await readOneCsv(file));
    expect(read.errors).toEqual([
      { at: 'table.csv line 2', reason: 'the ODA pledged figure "n/a" is not a number of USD millions' },
    ]);
    expect(record(read.aid, 'one:canada').announcedOn).toBe('2022-12-31');
    expect(record(read.aid, 'one:germany:refugees').amountUsd).toBe(15_995_900_000);
  });

  it('turns the notes’ markup into text', () => {
    expect(
      htmlToText("<b>9 May: </b>A &amp; B&nbsp;C<br><br><a href='https://x.org/a' target='_blank'>9 May</a>"),
    ).toBe('9 May: A & B C\n\n9 May (https://x.org/a)');
  });

  it('refuses a file that is not the ONE table', async () => {
    await expect(readOneCsv(SDN)).rejects.toThrow(
      /^sdn\.csv is not ONE's Ukraine ODA table: its first line is not the header/,
    );
    await expect(readOneCsv(FTS)).rejects.toThrow(
      /^incoming_funding_pse\.csv is not ONE's Ukraine ODA table/,
    );
  });
});
