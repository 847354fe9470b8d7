import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { partyByKey, readAll } from '../../testing/imported-records';
import { readEuFsf } from './eu-fsf';

const SAMPLE = path.join(import.meta.dirname, '../fixtures/eu/fsf-sample.xml');
const UN_SAMPLE = path.join(import.meta.dirname, '../fixtures/un/consolidated-sample.xml');
const sample = readFileSync(SAMPLE, 'utf8');

const folder = mkdtempSync(path.join(tmpdir(), 'eu-fsf-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function xmlFile(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

describe('readEuFsf on the FSF sample', () => {
  it('describes the list with the date it was generated', async () => {
    const { list } = await readEuFsf(SAMPLE);
    expect(list).toEqual({
      title: 'EU Consolidated Financial Sanctions List',
      publisher: 'European Commission (DG FISMA)',
      url: 'https://webgate.ec.europa.eu/fsd/fsf',
      language: 'en',
      versionDate: '2026-11-20',
    });
  });

  it('reads 3 persons and 2 enterprises, an asset freeze each, and reports the entity without a reference', async () => {
    const read = await readAll(await readEuFsf(SAMPLE));
    expect(read.parties.filter((p) => p.kind === 'person')).toHaveLength(3);
    expect(read.parties.filter((p) => p.kind === 'company')).toHaveLength(2);
    expect(read.sanctions).toHaveLength(5);
    for (const sanction of read.sanctions) {
      expect(sanction).toMatchObject({
        imposerSlug: 'european-union',
        measure: 'asset_freeze',
        status: 'imposed',
      });
      expect(sanction.at).toMatch(new RegExp(`^sanctionEntity ${sanction.authorityId} \\(line \\d+\\)$`));
    }
    expect(read.errors).toEqual([
      { at: 'sanctionEntity logicalId=6581 (line 116)', reason: 'euReferenceNumber is empty' },
    ]);
  });

  it('reads a person: strong aliases in their languages, a weak one, a passport with its country', async () => {
    const read = await readAll(await readEuFsf(SAMPLE));
    expect(partyByKey(read, '147012')).toMatchObject({
      at: 'sanctionEntity EU.7741.12 (line 3)',
      name: 'Ivan Petrovich SOKOLOV',
      kind: 'person',
      countryCode: 'RU',
      identifiers: [
        { scheme: 'eu', value: 'EU.7741.12' },
        { scheme: 'passport', value: '7512345678', country: 'RU' },
      ],
      aliases: [
        { name: 'Иван Петрович Соколов', language: 'ru', strength: 'strong' },
        { name: 'Ivan Petrovitch SOKOLOV', language: 'fr', strength: 'strong' },
        { name: 'Vanya Sokol', strength: 'weak' },
      ],
      description: expect.stringContaining(
        'Date of birth: 1962-01-01\nPlace of birth: Kursk, RUSSIAN FEDERATION',
      ),
    });
    expect(read.sanctions.find((s) => s.targetKey === '147012')).toEqual({
      at: 'sanctionEntity EU.7741.12 (line 3)',
      authorityId: 'EU.7741.12',
      targetKey: '147012',
      imposerSlug: 'european-union',
      measure: 'asset_freeze',
      status: 'imposed',
      programme: 'UKR',
      legalBasis: '2022/336 (OJ L58)',
      listedOn: '2022-02-28',
      title: 'EU: Ivan Petrovich SOKOLOV (UKR)',
      quote: expect.stringMatching(/^Deputy Minister of Defence of the Russian Federation\./),
    });
  });

  it('reads an enterprise: its registration and tax numbers, its country of registration', async () => {
    const read = await readAll(await readEuFsf(SAMPLE));
    expect(partyByKey(read, '158840')).toMatchObject({
      name: 'Severny Terminal LLC',
      kind: 'company',
      countryCode: 'RU',
      identifiers: [
        { scheme: 'eu', value: 'EU.8203.55' },
        { scheme: 'registration', value: '1027700123456', country: 'RU' },
        { scheme: 'tax-id', value: '7701234567', country: 'RU' },
      ],
      aliases: [{ name: 'ООО «Северный терминал»', language: 'ru', strength: 'strong' }],
    });
    // No registration number: the country of its address.
    expect(partyByKey(read, '6580')).toMatchObject({ kind: 'company', countryCode: 'SY' });
  });

  it('takes the legal basis and listing date from the earliest regulation, wherever it stands', async () => {
    const read = await readAll(await readEuFsf(SAMPLE));
    expect(read.sanctions.find((s) => s.targetKey === '6203')).toMatchObject({
      legalBasis: '269/2014 (OJ L78)',
      listedOn: '2014-03-17',
      programme: 'UKR',
    });
    // Two citizenships: no one country.
    expect(partyByKey(read, '6203').countryCode).toBeUndefined();
  });

  it('prefers designationDate to the regulation’s publication date', async () => {
    const read = await readAll(await readEuFsf(SAMPLE));
    expect(read.sanctions.find((s) => s.targetKey === '6580')).toMatchObject({
      legalBasis: '36/2012 (OJ L16)',
      listedOn: '2011-10-14',
      title: 'EU: Al-Sham Development Holding (SYR)',
    });
  });

  it('keeps the UN reference of an entry the UN lists too', async () => {
    const read = await readAll(await readEuFsf(SAMPLE));
    expect(partyByKey(read, '29')).toMatchObject({
      name: 'Khalid Jasim Al-Rawi',
      countryCode: 'IQ',
      identifiers: [
        { scheme: 'eu', value: 'EU.27.41' },
        { scheme: 'un', value: 'IQi.017' },
        { scheme: 'national-id', value: '00412/73', country: 'IQ' },
      ],
      aliases: [{ name: 'Abu Jasim', strength: 'weak' }],
    });
    expect(read.sanctions.find((s) => s.targetKey === '29')).toMatchObject({
      programme: 'IRQ',
      legalBasis: '1210/2003 (OJ L169)',
      listedOn: '2003-07-08',
      quote: 'UNSC RESOLUTION 1483',
    });
  });

  it('quotes a sentence naming the entry when it has no remark', async () => {
    const file = xmlFile('no-remark.xml', sample.replace('<remark>UNSC RESOLUTION 1483</remark>', ''));
    const read = await readAll(await readEuFsf(file));
    expect(read.sanctions.find((s) => s.targetKey === '29')?.quote).toBe(
      'Listed on the EU Consolidated Financial Sanctions List as EU.27.41 (IRQ) since 2003-07-08.',
    );
  });
});

describe('readEuFsf on bad input', () => {
  const readWhole = async (file: string) => readAll(await readEuFsf(file));

  it('refuses a DOCTYPE before reading anything', async () => {
    const file = xmlFile(
      'external.xml',
      sample.replace('<export ', '<!DOCTYPE export [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<export '),
    );
    await expect(readEuFsf(file)).rejects.toThrow(
      'external.xml is refused: it declares a DOCTYPE, which a sanctions list has no use for',
    );
  });

  it('refuses a file cut short, with its line and the parser’s reason', async () => {
    const cut = xmlFile('cut.xml', sample.split('\n').slice(0, 60).join('\n'));
    await expect(readWhole(cut)).rejects.toThrow(
      /^cut\.xml is malformed XML at line 60, column \d+: unclosed tag: /,
    );
  });

  it('refuses the UN list, and an export in another namespace', async () => {
    await expect(readEuFsf(UN_SAMPLE)).rejects.toThrow(
      'consolidated-sample.xml is not an EU Financial Sanctions Files export: its root element is <CONSOLIDATED_LIST>, not <export xmlns="http://eu.europa.ec/fpi/fsd/export">',
    );
    const other = xmlFile(
      'other.xml',
      '<?xml version="1.0"?><export xmlns="urn:example"><sanctionEntity/></export>',
    );
    await expect(readEuFsf(other)).rejects.toThrow(
      'other.xml is not an EU Financial Sanctions Files export: <export> in namespace "urn:example", not <export xmlns="http://eu.europa.ec/fpi/fsd/export">',
    );
  });

  it('reports an entity it cannot read by its reference and line, and reads the others', async () => {
    const file = xmlFile(
      'entities.xml',
      sample
        .replace(/strong="true"(?=[^>]*logicalId="301220")/, 'strong="false"')
        .replace(/strong="true"(?=[^>]*logicalId="301221")/, 'strong="false"')
        .replace(
          'logicalId="6580" designationDate="2011-10-14"',
          'logicalId="6580" designationDate="14/10/2011"',
        )
        .replace('logicalId="29">', 'logicalId="6203">'),
    );
    const read = await readWhole(file);
    expect(read.errors).toEqual([
      { at: 'sanctionEntity EU.8203.55 (line 31)', reason: 'it has no strong nameAlias with a name' },
      {
        at: 'sanctionEntity EU.27.41 (line 78)',
        reason: 'logicalId 6203 is listed twice (first at sanctionEntity EU.3914.61 (line 53))',
      },
      { at: 'sanctionEntity EU.4022.70 (line 100)', reason: 'designationDate "14/10/2011" is not a date' },
      { at: 'sanctionEntity logicalId=6581 (line 116)', reason: 'euReferenceNumber is empty' },
    ]);
    expect(read.parties.map((p) => p.listKey)).toEqual(['147012', '6203']);
  });

  it('gives the right lines when a comment names a sanctionEntity', async () => {
    const file = xmlFile(
      'comment.xml',
      sample.replace('<export ', '<!-- one <sanctionEntity per entry -->\n<export '),
    );
    const read = await readWhole(file);
    expect(partyByKey(read, '147012').at).toBe('sanctionEntity EU.7741.12 (line 4)');
    expect(read.errors[0]?.at).toBe('sanctionEntity logicalId=6581 (line 117)');
  });
});
