import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportedAid, ImportedRecord, ParsedFile } from '../records';
import { partyByKey, readAll } from '../../testing/imported-records';
import { readFtm } from './ftm';

const SAMPLE = path.join(import.meta.dirname, '../fixtures/ftm/entities.ftm.json');
const OFAC_SDN = path.join(import.meta.dirname, '../fixtures/ofac-sample/sdn.csv');

const folder = mkdtempSync(path.join(tmpdir(), 'ftm-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function ftmFile(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

async function aidsOf(parsed: ParsedFile): Promise<ImportedAid[]> {
  const aids: ImportedAid[] = [];
  for await (const record of parsed.records as AsyncIterable<ImportedRecord>) {
    if (record.type === 'aid') aids.push(record.aid);
  }
  return aids;
}

describe('readFtm on the FtM sample', () => {
  it('describes the list without a version date (the caller gives --as-of)', async () => {
    const { list } = await readFtm(SAMPLE);
    expect(list).toEqual({
      title: 'FollowTheMoney entities',
      publisher: 'FollowTheMoney export',
      language: 'en',
    });
  });

  it('reads 8 parties, 4 sanctions, 1 payment and 2 errors, passing the Address over', async () => {
    const read = await readAll(await readFtm(SAMPLE));
    expect(read.parties.map((p) => [p.listKey, p.kind])).toEqual([
      ['ex-person-petrov', 'person'],
      ['ex-company-severtrade', 'company'],
      ['ex-org-front', 'other'],
      ['ex-vessel-aurora', 'vessel'],
      ['ex-gov-no', 'government'],
      ['ex-gov-ua', 'government'],
      ['ex-person-karimov', 'person'],
      ['ex-airplane-1', 'aircraft'],
    ]);
    expect(read.sanctions).toHaveLength(4);
    expect(read.errors).toHaveLength(2);
    expect(await aidsOf(await readFtm(SAMPLE))).toHaveLength(1);
  });

  it('reads a person: names, aliases by strength, identifiers, nationality', async () => {
    const read = await readAll(await readFtm(SAMPLE));
    expect(partyByKey(read, 'ex-person-petrov')).toEqual({
      at: 'entities.ftm.json line 1',
      listKey: 'ex-person-petrov',
      name: 'Viktor Ivanovich PETROV',
      kind: 'person',
      countryCode: 'RU',
      identifiers: [
        { scheme: 'ftm', value: 'ex-person-petrov' },
        { scheme: 'passport', value: '7100000001' },
        { scheme: 'tax-id', value: '770000000001' },
      ],
      aliases: [
        { name: 'Viktor PETROV', strength: 'strong' },
        { name: 'Petrov Viktor Ivanovich', strength: 'strong' },
        { name: 'Vitya', strength: 'weak' },
      ],
      description: 'Date of birth: 1961-02-03',
    });
    // Two nationalities: no one country.
    expect(partyByKey(read, 'ex-person-karimov').countryCode).toBeUndefined();
  });

  it('reads a company with its LEI, INN and OGRN, and a vessel with its IMO number and flag', async () => {
    const read = await readAll(await readFtm(SAMPLE));
    expect(partyByKey(read, 'ex-company-severtrade')).toMatchObject({
      countryCode: 'RU',
      identifiers: [
        { scheme: 'ftm', value: 'ex-company-severtrade' },
        { scheme: 'lei', value: '253400EXAMPLE0000001' },
        { scheme: 'inn', value: '7700000002' },
        { scheme: 'registration', value: '1027700000003' },
      ],
      aliases: [{ name: 'AO SeverTreid', strength: 'strong' }],
    });
    expect(partyByKey(read, 'ex-vessel-aurora')).toMatchObject({
      countryCode: 'IR',
      identifiers: [
        { scheme: 'ftm', value: 'ex-vessel-aurora' },
        { scheme: 'imo', value: 'IMO9000001' },
      ],
      aliases: [{ name: 'NORTHERN LIGHT', strength: 'strong' }],
    });
  });

  it('reads sanctions by OFAC, the EU and the UN, one ended and so lifted', async () => {
    const read = await readAll(await readFtm(SAMPLE));
    const byTarget = new Map(read.sanctions.map((s) => [s.targetKey, s]));
    expect(byTarget.get('ex-person-petrov')).toEqual({
      at: 'entities.ftm.json line 2',
      authorityId: '90001',
      targetKey: 'ex-person-petrov',
      imposerSlug: 'united-states',
      measure: 'asset_freeze',
      status: 'imposed',
      programme: 'RUSSIA-EO14024',
      listedOn: '2022-04-06',
      title: 'United States: Viktor Ivanovich PETROV (RUSSIA-EO14024)',
      quote:
        'Viktor Ivanovich PETROV is listed by Office of Foreign Assets Control under RUSSIA-EO14024 (Block).',
    });
    expect(byTarget.get('ex-company-severtrade')).toMatchObject({
      authorityId: 'ex-sanction-eu-severtrade',
      imposerSlug: 'european-union',
      measure: 'asset_freeze',
      listedOn: '2022-02-25',
      quote: expect.stringMatching(/^Company operating in sectors/),
    });
    // Its target comes after it in the file: it is given at the end.
    expect(byTarget.get('ex-org-front')).toMatchObject({
      at: 'entities.ftm.json line 5',
      authorityId: 'QDe.999',
      imposerSlug: 'un-security-council',
      measure: 'travel_ban',
      status: 'imposed',
      title: 'UN Security Council: Example Liberation Front (1267)',
      quote: 'Listed for participating in the financing of an armed group.',
    });
    expect(byTarget.get('ex-vessel-aurora')).toMatchObject({
      imposerSlug: 'united-states',
      status: 'lifted',
      listedOn: '2012-07-12',
      quote: expect.stringMatching(/Ended 2016-01-16\.$/),
    });
  });

  it('resolves a payment to the names of its payer and beneficiary, read after it', async () => {
    const [aid] = await aidsOf(await readFtm(SAMPLE));
    expect(aid).toEqual({
      at: 'entities.ftm.json line 10',
      authorityId: 'ex-payment-1',
      donor: { name: 'Government of Norway', countryCode: 'NO', kind: 'government' },
      recipient: { name: 'Government of Ukraine', countryCode: 'UA', kind: 'government' },
      category: 'humanitarian',
      status: 'delivered',
      announcedOn: '2023-03-15',
      title: 'Winter humanitarian assistance',
      quote: 'Grant for shelter and heating through the winter.',
      originalAmount: 250_000_000,
      originalCurrency: 'EUR',
      amountUsd: 270_000_000,
    });
  });

  it('reports a malformed line and an unknown authority, and reads on', async () => {
    const read = await readAll(await readFtm(SAMPLE));
    expect(read.errors).toEqual([
      { at: 'entities.ftm.json line 9', reason: expect.stringMatching(/^Not JSON: /) },
      {
        at: 'entities.ftm.json line 15',
        reason: expect.stringContaining('"State Secretariat for Economic Affairs (SECO)"'),
      },
    ]);
  });
});

describe('readFtm on other files', () => {
  it('refuses a CSV file with a clear message', async () => {
    await expect(readFtm(OFAC_SDN)).rejects.toThrow(
      'sdn.csv is not FollowTheMoney JSON lines (entities.ftm.json): its first line is not JSON',
    );
  });

  it('refuses an empty file and a JSON line that is not an entity', async () => {
    await expect(readFtm(ftmFile('empty.json', '\n\n'))).rejects.toThrow(
      /not FollowTheMoney JSON lines.*empty/,
    );
    await expect(readFtm(ftmFile('array.json', '[{"id": "x"}]\n'))).rejects.toThrow(
      /not FollowTheMoney JSON lines.*not a JSON object/,
    );
  });

  it('reports a sanction or payment whose party is not in the file, a payment without a full date, a duplicate id', async () => {
    const file = ftmFile(
      'refs.ftm.json',
      [
        { id: 'p', schema: 'Person', properties: { name: ['A'] } },
        { id: 'p', schema: 'Person', properties: { name: ['A again'] } },
        { id: 's', schema: 'Sanction', properties: { entity: ['missing'], authority: ['OFAC'] } },
        {
          id: 'pay',
          schema: 'Payment',
          properties: { payer: ['p'], beneficiary: ['gone'], date: ['2020-01-01'] },
        },
        { id: 'pay2', schema: 'Payment', properties: { payer: ['p'], beneficiary: ['p'], date: ['2020'] } },
      ]
        .map((e) => JSON.stringify(e))
        .join('\n'),
    );
    const read = await readAll(await readFtm(file));
    expect(read.parties).toHaveLength(1);
    expect(read.errors.map((e) => [e.at, e.reason])).toEqual([
      ['refs.ftm.json line 2', 'Entity p is already given on line 1'],
      ['refs.ftm.json line 3', expect.stringContaining('targets missing, which is not')],
      ['refs.ftm.json line 4', 'Payment pay: its beneficiary gone is not a party in the file'],
      ['refs.ftm.json line 5', 'Payment pay2: its date "2020" is not a full date (YYYY-MM-DD)'],
    ]);
  });
});

describe('readFtm on the tracker’s own export', () => {
  const line = (id: string, schema: string, properties: Record<string, string[]>) =>
    JSON.stringify({ id, schema, properties });

  it('reads kinds by topic, documents before their holder, statuses and titles in the tracker’s words', async () => {
    const file = ftmFile(
      'tracker.ftm.json',
      [
        line('tracker-party-1', 'PublicBody', {
          name: ['Freedonia'],
          country: ['fr'],
          topics: ['gov.national'],
        }),
        line('tracker-party-2', 'Organization', { name: ['Intergov'], topics: ['gov.igo'] }),
        line('tracker-identifier-7', 'Passport', {
          holder: ['tracker-party-3'],
          number: ['P123'],
          type: ['passport'],
          country: ['by'],
        }),
        line('tracker-identifier-8', 'Identification', {
          holder: ['tracker-party-3'],
          number: ['101'],
          type: ['ofac'],
        }),
        // A list's free-text type says no scheme of the tracker: passed over.
        line('x-id', 'Identification', { holder: ['tracker-party-3'], number: ['9'], type: ['ID card'] }),
        line('tracker-party-3', 'Person', { name: ['Ivan Example'] }),
        line('tracker-sanction-1', 'Sanction', {
          entity: ['tracker-party-3'],
          authority: ['United States'],
          provisions: ['Economic sanctions'],
          status: ['threatened'],
          description: ['Consequences if Ivan helps'],
        }),
        line('tracker-aid-1', 'Payment', {
          payer: ['tracker-party-2'],
          beneficiary: ['tracker-party-1'],
          date: ['2022-03-10'],
          programme: ['military'],
          purpose: ['Helmets'],
          status: ['pledged'],
          recordId: ['FTS-1'],
        }),
      ].join('\n'),
    );
    const read = await readAll(await readFtm(file));
    expect(read.errors).toEqual([]);
    expect(partyByKey(read, 'tracker-party-1')).toMatchObject({ kind: 'state', identifiers: [] });
    expect(partyByKey(read, 'tracker-party-2').kind).toBe('international_org');
    // The tracker's row ids mean nothing in another database: not kept as `ftm` ids.
    expect(partyByKey(read, 'tracker-party-3').identifiers).toEqual([
      { scheme: 'passport', value: 'P123', country: 'BY' },
      { scheme: 'ofac', value: '101' },
    ]);
    expect(read.sanctions[0]).toMatchObject({
      measure: 'economic',
      status: 'threatened',
      title: 'Consequences if Ivan helps',
    });
    expect(read.aid[0]).toMatchObject({ status: 'pledged', category: 'military', authorityId: 'FTS-1' });
  });

  it('makes its own title when a description is not one line of a title’s length', async () => {
    const file = ftmFile(
      'long-description.ftm.json',
      [
        line('p', 'Person', { name: ['Ivan Example'] }),
        line('s', 'Sanction', {
          entity: ['p'],
          authority: ['United States'],
          program: ['RUSSIA'],
          description: ['First paragraph.\nSecond paragraph.'],
        }),
      ].join('\n'),
    );
    const read = await readAll(await readFtm(file));
    expect(read.sanctions[0]?.title).toBe('United States: Ivan Example (RUSSIA)');
  });
});
