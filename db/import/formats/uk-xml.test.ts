import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { partyByKey, readAll } from '../../testing/imported-records';
import { ukDate } from './uk-designation';
import { readUkXml } from './uk-xml';

const SAMPLE = path.join(import.meta.dirname, '../fixtures/uk/uk-sanctions-sample.xml');
const UN_SAMPLE = path.join(import.meta.dirname, '../fixtures/un/consolidated-sample.xml');
const sample = readFileSync(SAMPLE, 'utf8');

const folder = mkdtempSync(path.join(tmpdir(), 'uk-xml-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function xmlFile(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

describe('readUkXml on the UK sample', () => {
  it('describes the list with the date it was generated', async () => {
    const { list } = await readUkXml(SAMPLE);
    expect(list).toEqual({
      title: 'UK Sanctions List',
      publisher: 'Foreign, Commonwealth & Development Office',
      url: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
      language: 'en',
      versionDate: '2026-12-06',
    });
  });

  it('reads 5 designations, one sanction per measure imposed, and reports the sixth', async () => {
    const read = await readAll(await readUkXml(SAMPLE));
    expect(read.parties.map((p) => [p.listKey, p.kind])).toEqual([
      ['RUS9001', 'person'],
      ['RUS9002', 'company'],
      ['RUS9003', 'vessel'],
      ['AQD9004', 'person'],
      ['GHR9005', 'person'],
    ]);
    // 2 + 2 + 1 + 3 + 3
    expect(read.sanctions).toHaveLength(11);
    for (const sanction of read.sanctions) {
      expect(sanction).toMatchObject({ imposerSlug: 'united-kingdom', status: 'imposed' });
      expect(sanction.authorityId).toBe(`${sanction.targetKey}:${sanction.measure}`);
    }
    expect(read.errors).toEqual([{ at: 'Designation[6] (CYB9006)', reason: 'it has no Primary Name' }]);
  });

  it('reads an individual: name in order, aliases of both strengths, passport, nationality', async () => {
    const read = await readAll(await readUkXml(SAMPLE));
    expect(partyByKey(read, 'RUS9001')).toMatchObject({
      at: 'Designation[1] (RUS9001)',
      name: 'Ivan Petrovich EXAMPLOV',
      kind: 'person',
      countryCode: 'RU',
      identifiers: [
        { scheme: 'gb', value: 'RUS9001' },
        { scheme: 'passport', value: '750000001', country: 'RU' },
      ],
      aliases: [
        { name: 'Ivan EXAMPLOFF', strength: 'strong' },
        { name: 'Vanya the Example', strength: 'weak' },
        { name: 'Иван Петрович ЭКЗАМПЛОВ', language: 'ru', strength: 'strong' },
      ],
      description: expect.stringContaining('Place of birth: Leningrad, Russia'),
    });
    expect(read.sanctions.filter((s) => s.targetKey === 'RUS9001')).toEqual([
      {
        at: 'Designation[1] (RUS9001)',
        authorityId: 'RUS9001:asset_freeze',
        targetKey: 'RUS9001',
        imposerSlug: 'united-kingdom',
        measure: 'asset_freeze',
        status: 'imposed',
        programme: 'Russia',
        legalBasis: 'Russia (Sanctions and Anti-Money Laundering Act 2018)',
        listedOn: '2022-02-24',
        title: 'UK: Ivan Petrovich EXAMPLOV — asset freeze (Russia)',
        quote: expect.stringMatching(/^Ivan Petrovich EXAMPLOV is an involved person/),
      },
      expect.objectContaining({
        authorityId: 'RUS9001:travel_ban',
        measure: 'travel_ban',
        title: 'UK: Ivan Petrovich EXAMPLOV — travel ban (Russia)',
      }),
    ]);
  });

  it('reads an entity: trust services sanctions as a financial measure, its INN, its country', async () => {
    const read = await readAll(await readUkXml(SAMPLE));
    expect(partyByKey(read, 'RUS9002')).toMatchObject({
      name: 'EXAMPLE TRADING JOINT STOCK COMPANY',
      kind: 'company',
      countryCode: 'RU',
      identifiers: [
        { scheme: 'gb', value: 'RUS9002' },
        { scheme: 'inn', value: '7700000001' },
      ],
      aliases: [{ name: 'EXTRA JSC', strength: 'strong' }],
    });
    expect(read.sanctions.filter((s) => s.targetKey === 'RUS9002').map((s) => [s.measure, s.title])).toEqual([
      ['asset_freeze', 'UK: EXAMPLE TRADING JOINT STOCK COMPANY — asset freeze (Russia)'],
      ['financial', 'UK: EXAMPLE TRADING JOINT STOCK COMPANY — trust services sanctions (Russia)'],
    ]);
  });

  it('reads a ship as a vessel with its IMO number and flag', async () => {
    const read = await readAll(await readUkXml(SAMPLE));
    const ship = partyByKey(read, 'RUS9003');
    expect(ship).toMatchObject({
      name: 'SAMPLE STAR',
      kind: 'vessel',
      countryCode: 'PA',
      identifiers: [
        { scheme: 'gb', value: 'RUS9003' },
        { scheme: 'imo', value: '9000001' },
      ],
    });
    expect(ship.description).toContain('Flag: Panama\nPrevious flag: Liberia');
    expect(read.sanctions.filter((s) => s.targetKey === 'RUS9003')).toEqual([
      expect.objectContaining({
        authorityId: 'RUS9003:other',
        measure: 'other',
        title: 'UK: SAMPLE STAR — ship specification (Russia)',
      }),
    ]);
  });

  it('reads a UN designation: its UN reference, no country for two nationalities, the other information as quote', async () => {
    const read = await readAll(await readUkXml(SAMPLE));
    const party = partyByKey(read, 'AQD9004');
    expect(party).toMatchObject({
      name: 'Abu Example al-Sample TESTI',
      identifiers: [
        { scheme: 'gb', value: 'AQD9004' },
        { scheme: 'un', value: 'QDi.999' },
        { scheme: 'national-id', value: 'NI-0000004' },
      ],
    });
    expect(party.countryCode).toBeUndefined();
    expect(party.description).toContain('Designation source: UN');
    const sanctions = read.sanctions.filter((s) => s.targetKey === 'AQD9004');
    expect(sanctions.map((s) => s.measure)).toEqual(['asset_freeze', 'travel_ban', 'arms_embargo']);
    expect(sanctions[0]!.quote).toMatch(/^\(UK Sanctions List Ref\):AQD9004\. \(UN Ref\):QDi\.999\./);
    expect(sanctions[0]!.listedOn).toBe('2001-10-06');
  });

  it('names the entry in the quote when the file gives no reasons; director disqualification is "other"', async () => {
    const read = await readAll(await readUkXml(SAMPLE));
    const sanctions = read.sanctions.filter((s) => s.targetKey === 'GHR9005');
    expect(sanctions.map((s) => s.measure)).toEqual(['asset_freeze', 'travel_ban', 'other']);
    expect(sanctions[2]!.title).toBe(
      'UK: Maria SPECIMEN — director disqualification sanction (Global Human Rights)',
    );
    expect(sanctions[0]!.quote).toBe(
      'Designated on the UK Sanctions List as GHR9005 under the Global Human Rights regime on 2024-11-11.',
    );
  });
});

describe('readUkXml on other files', () => {
  const readWhole = async (file: string) => readAll(await readUkXml(file));

  it('reports a designation it cannot read by its place, and reads the others', async () => {
    const file = xmlFile(
      'rows.xml',
      sample
        .replace('<UniqueID>RUS9001</UniqueID>', '<UniqueID></UniqueID>')
        .replace(
          '<IndividualEntityShip>Entity</IndividualEntityShip>',
          '<IndividualEntityShip>Aircraft</IndividualEntityShip>',
        )
        .replace('<DateDesignated>20/05/2025</DateDesignated>', '<DateDesignated>31/02/2025</DateDesignated>')
        .replace('<UniqueID>GHR9005</UniqueID>', '<UniqueID>AQD9004</UniqueID>')
        .replace('<SanctionsImposed>Asset freeze</SanctionsImposed>', '')
        .replace(
          '<NameType>Alias</NameType>\n      </Name>\n    </Names>\n    <RegimeName>Cyber',
          '<NameType>Primary Name</NameType>\n      </Name>\n    </Names>\n    <RegimeName>Cyber',
        ),
    );
    const read = await readWhole(file);
    expect(read.errors).toEqual([
      { at: 'Designation[1]', reason: 'UniqueID is empty' },
      {
        at: 'Designation[2] (RUS9002)',
        reason: 'IndividualEntityShip "Aircraft" is not Individual, Entity or Ship',
      },
      { at: 'Designation[3] (RUS9003)', reason: 'DateDesignated "31/02/2025" is not a date' },
      {
        at: 'Designation[5] (AQD9004)',
        reason: 'UniqueID AQD9004 is listed twice (first at Designation[4] (AQD9004))',
      },
      { at: 'Designation[6] (CYB9006)', reason: 'SanctionsImposed names no measure' },
    ]);
    expect(read.parties.map((p) => p.listKey)).toEqual(['AQD9004']);
  });

  it('reads the measures from SanctionsImposedIndicators when SanctionsImposed is empty', async () => {
    const file = xmlFile(
      'indicators.xml',
      sample.replace('<SanctionsImposed>Asset freeze|Travel Ban</SanctionsImposed>', '<SanctionsImposed/>'),
    );
    const read = await readWhole(file);
    expect(read.sanctions.filter((s) => s.targetKey === 'RUS9001').map((s) => s.title)).toEqual([
      'UK: Ivan Petrovich EXAMPLOV — asset freeze (Russia)',
      'UK: Ivan Petrovich EXAMPLOV — travel ban (Russia)',
    ]);
  });

  it('refuses a DOCTYPE', async () => {
    const file = xmlFile(
      'doctype.xml',
      sample.replace(
        '<?xml version="1.0" encoding="utf-8"?>\n',
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE Designations [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n',
      ),
    );
    await expect(readUkXml(file)).rejects.toThrow('doctype.xml is refused: it declares a DOCTYPE');
  });

  it('refuses a file cut short, with its line and the parser’s reason', async () => {
    const cut = xmlFile('cut.xml', sample.split('\n').slice(0, 160).join('\n'));
    await expect(readWhole(cut)).rejects.toThrow(
      'cut.xml is malformed XML at line 160, column 21: unclosed tag: IMONumbers',
    );
  });

  it('refuses the UN list, saying what it is not', async () => {
    await expect(readUkXml(UN_SAMPLE)).rejects.toThrow(
      'consolidated-sample.xml is not the UK Sanctions List: its root element is <CONSOLIDATED_LIST>, not <Designations>',
    );
  });
});

describe('ukDate', () => {
  it('reads the FCDO’s dd/mm/yyyy and ISO dates, and nothing else', () => {
    expect(ukDate('24/02/2022')).toBe('2022-02-24');
    expect(ukDate('2022-02-24')).toBe('2022-02-24');
    expect(ukDate('2022-02-24T00:00:00')).toBe('2022-02-24');
    expect(ukDate('31/02/2022')).toBeUndefined();
    expect(ukDate('dd/mm/1970')).toBeUndefined();
    expect(ukDate('24 February 2022')).toBeUndefined();
  });
});
