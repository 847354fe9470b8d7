import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { partyByKey, readAll } from '../../testing/imported-records';
import { UN_REGIMES, legalBasis, statedMeasures } from './un-regimes';
import { readUnXml } from './un-xml';

const SAMPLE = path.join(import.meta.dirname, '../fixtures/un/consolidated-sample.xml');
const OFAC_SDN = path.join(import.meta.dirname, '../fixtures/ofac-sample/sdn.csv');
const sample = readFileSync(SAMPLE, 'utf8');

const folder = mkdtempSync(path.join(tmpdir(), 'un-xml-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function xmlFile(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

describe('readUnXml on the UN sample', () => {
  it('describes the list with the date it was generated', async () => {
    const { list } = await readUnXml(SAMPLE);
    expect(list).toMatchObject({
      title: 'United Nations Security Council Consolidated List',
      publisher: 'United Nations Security Council',
      language: 'en',
      versionDate: '2026-02-27',
    });
  });

  it('reads 8 individuals and 6 entities, one sanction per measure each is listed for', async () => {
    const read = await readAll(await readUnXml(SAMPLE));
    expect(read.errors).toEqual([]);
    expect(read.parties.filter((p) => p.kind === 'person')).toHaveLength(8);
    expect(read.parties.filter((p) => p.kind === 'company')).toHaveLength(6);
    // DRC, CAR: freeze and travel ban (8); Guinea-Bissau: travel ban (2); Haiti: freeze, travel ban and
    // arms embargo (6); entities: freeze (4), and the arms embargo too in Haiti (2).
    expect(read.sanctions).toHaveLength(24);
    for (const sanction of read.sanctions) {
      expect(sanction).toMatchObject({ imposerSlug: 'un-security-council', status: 'imposed' });
      expect(sanction.authorityId).toBe(`${sanction.at.match(/\((.+)\)$/)![1]}:${sanction.measure}`);
    }
  });

  it('reads an individual: listing date, aliases, passports and ID with their countries', async () => {
    const read = await readAll(await readUnXml(SAMPLE));
    const adam = partyByKey(read, '690728');
    expect(adam).toMatchObject({
      at: 'INDIVIDUAL[4] (CFi.002)',
      name: 'NOURREDINE ADAM',
      kind: 'person',
      identifiers: [
        { scheme: 'un', value: 'CFi.002' },
        { scheme: 'passport', value: 'D00001184', country: 'CF' },
        { scheme: 'passport', value: 'P04838205' },
        { scheme: 'national-id', value: '20227088368', country: 'SD' },
      ],
    });
    expect(adam.aliases).toHaveLength(5);
    expect(adam.aliases).toContainEqual({ name: 'Mohamed Adam Brema Abdallah', strength: 'strong' });
    expect(adam.countryCode).toBeUndefined(); // Central African Republic and Sudan
    expect(adam.description).toContain('Place of birth: Ndele, Central African Republic; Algenana, Sudan');
    expect(read.sanctions.filter((s) => s.targetKey === '690728')).toEqual([
      expect.objectContaining({
        authorityId: 'CFi.002:asset_freeze',
        measure: 'asset_freeze',
        programme: 'CAR',
        legalBasis: 'UN Security Council resolution 2127 (2013)',
        listedOn: '2014-05-09',
        title: 'UN Security Council: NOURREDINE ADAM (CAR, asset freeze)',
        quote: expect.stringMatching(/^Photo available for inclusion/),
      }),
      expect.objectContaining({ authorityId: 'CFi.002:travel_ban', measure: 'travel_ban' }),
    ]);
  });

  it('keeps a "Low" alias weak and "Good", "a.k.a." and "f.k.a." aliases strong', async () => {
    const read = await readAll(await readUnXml(SAMPLE));
    expect(partyByKey(read, '6908911')).toMatchObject({
      name: 'JIMMY CHERIZIER',
      countryCode: 'HT',
      aliases: [{ name: 'BARBEQUE', strength: 'weak' }],
      identifiers: [
        { scheme: 'un', value: 'HTi.001' },
        { scheme: 'national-id', value: '001-843-989-7' },
      ],
    });
    expect(partyByKey(read, '6908402')).toMatchObject({
      name: 'ADF',
      kind: 'company',
      countryCode: 'CD',
      aliases: [
        { name: 'Allied Democratic Forces', strength: 'strong' },
        {
          name: 'Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda',
          strength: 'strong',
        },
        { name: 'ADF/NALU', strength: 'strong' },
        { name: 'NALU', strength: 'strong' },
      ],
    });
  });

  it('gives a Guinea-Bissau listing its travel ban only, under the resolution its comments name', async () => {
    const read = await readAll(await readUnXml(SAMPLE));
    expect(read.sanctions.filter((s) => s.targetKey === '690789')).toEqual([
      expect.objectContaining({
        at: 'INDIVIDUAL[5] (GBi.001)',
        authorityId: 'GBi.001:travel_ban',
        measure: 'travel_ban',
        legalBasis: 'UN Security Council resolution 2048 (2012)',
        listedOn: '2012-05-18',
      }),
    ]);
  });

  it('quotes a sentence naming the entry when its comments are empty', async () => {
    const read = await readAll(await readUnXml(SAMPLE));
    expect(read.sanctions.filter((s) => s.targetKey === '6908183')).toEqual([
      expect.objectContaining({
        at: 'ENTITY[6] (IQe.049)',
        measure: 'asset_freeze',
        quote: 'Listed on the UN Security Council Consolidated List as IQe.049 (Iraq) on 2004-04-26.',
      }),
    ]);
    expect(partyByKey(read, '6908539').countryCode).toBeUndefined(); // the LRA: CAR and DRC
  });
});

describe('UN measures and legal basis', () => {
  it('takes the measures an entry is listed for from its comments when they name them', () => {
    expect(statedMeasures('Listed pursuant to paragraph 15 of resolution 1970 (Travel\nBan).')).toEqual([
      'travel_ban',
    ]);
    expect(
      statedMeasures('pursuant to paragraphs 15 and 17 of resolution 1970 (Travel Ban,Asset Freeze)'),
    ).toEqual(['travel_ban', 'asset_freeze']);
    expect(
      statedMeasures('measures imposed by paragraph 14 of resolution 2216 (2015) (targeted arms embargo)'),
    ).toEqual(['arms_embargo']);
    expect(statedMeasures('He violated the arms embargo (see S/2015/19).')).toEqual([]);
  });

  it('names the resolutions the comments list an entry under, else the regime', () => {
    const libya = UN_REGIMES.Libya!;
    expect(legalBasis('Listed pursuant to paragraphs 15 and 17 of resolution 1970 (Travel Ban)', libya)).toBe(
      'UN Security Council resolution 1970',
    );
    expect(
      legalBasis(
        'Listed pursuant to paragraph 17 of resolution 1973, as modified pursuant to resolution 2009',
        libya,
      ),
    ).toBe('UN Security Council resolutions 1973 and 2009');
    expect(legalBasis('', libya)).toBe('UN Security Council resolution 1970 (2011)');
  });
});

describe('readUnXml on bad input', () => {
  it('refuses a DOCTYPE, with entities or external ones, before reading anything', async () => {
    const external = xmlFile(
      'external.xml',
      '<?xml version="1.0"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' +
        '<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>',
    );
    const laughs = xmlFile(
      'laughs.xml',
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n<lolz>&lol2;</lolz>',
    );
    for (const file of [external, laughs]) {
      await expect(readUnXml(file)).rejects.toThrow(
        `${path.basename(file)} is refused: it declares a DOCTYPE, which a sanctions list has no use for`,
      );
    }
  });

  // A fault in the file's first block rejects readUnXml itself; a later one, the records.
  const readWhole = async (file: string) => readAll(await readUnXml(file));

  it('refuses a file cut short, with its line and the parser’s reason', async () => {
    const cut = xmlFile('cut.xml', sample.split('\n').slice(0, 300).join('\n'));
    await expect(readWhole(cut)).rejects.toThrow(
      'cut.xml is malformed XML at line 300, column 32: unclosed tag: INDIVIDUAL_ALIAS',
    );
  });

  it('refuses an entity it does not know rather than reading past it', async () => {
    const file = xmlFile(
      'entity.xml',
      sample.replace('<FIRST_NAME>ERIC</FIRST_NAME>', '<FIRST_NAME>&xxe;</FIRST_NAME>'),
    );
    await expect(readWhole(file)).rejects.toThrow(
      'entity.xml is malformed XML at line 7, column 24: undefined entity.',
    );
  });

  it('refuses files that are not this list', async () => {
    await expect(readUnXml(OFAC_SDN)).rejects.toThrow(
      'sdn.csv is refused: it is not XML (it does not begin with a tag)',
    );
    const other = xmlFile('other.xml', '<?xml version="1.0"?><sdnList><sdnEntry/></sdnList>');
    await expect(readUnXml(other)).rejects.toThrow(
      'other.xml is not the UN Consolidated List: its root element is <sdnList>, not <CONSOLIDATED_LIST>',
    );
    const latin1 = xmlFile('latin1.xml', sample.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'));
    await expect(readUnXml(latin1)).rejects.toThrow('latin1.xml is refused: it is encoded in ISO-8859-1');
    await expect(readUnXml(xmlFile('empty.xml', ''))).rejects.toThrow('empty.xml is refused: it is empty');
    await expect(readUnXml(path.join(folder, 'none.xml'))).rejects.toThrow(
      /^Cannot read .*none\.xml: ENOENT/,
    );
  });

  it('reports an entry it cannot read by its place, and reads the others', async () => {
    const file = xmlFile(
      'entries.xml',
      sample
        .replace('<UN_LIST_TYPE>DRC</UN_LIST_TYPE>', '<UN_LIST_TYPE>Atlantis</UN_LIST_TYPE>')
        .replace(
          '<FIRST_NAME>NOURREDINE</FIRST_NAME>\n      <SECOND_NAME>ADAM</SECOND_NAME>',
          '<FIRST_NAME/>',
        )
        .replace('<LISTED_ON>2012-05-18</LISTED_ON>', '<LISTED_ON>18 May 2012</LISTED_ON>')
        .replace('<DATAID>6908024</DATAID>', '<DATAID>6908402</DATAID>'),
    );
    const read = await readAll(await readUnXml(file));
    expect(read.errors).toEqual([
      {
        at: 'INDIVIDUAL[1] (CDi.001)',
        reason: 'UN list type "Atlantis" is not one whose measures are known (un-regimes.ts)',
      },
      { at: 'INDIVIDUAL[4] (CFi.002)', reason: 'the name is empty' },
      { at: 'INDIVIDUAL[5] (GBi.001)', reason: 'LISTED_ON "18 May 2012" is not a date' },
      { at: 'ENTITY[2] (CDe.002)', reason: 'DATAID 6908402 is listed twice (first at ENTITY[1] (CDe.001))' },
    ]);
    expect(read.parties).toHaveLength(10);
  });
});
