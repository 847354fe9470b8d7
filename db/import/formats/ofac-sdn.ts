// Reads OFAC's Specially Designated Nationals list in its legacy CSV form: sdn.csv and the
// alt.csv, add.csv and sdn_comments.csv published with it, which must sit beside it. Each
// SDN row gives one party and one asset-freeze sanction per programme it is listed under.
// The files carry no designation dates: listedOn stays empty, for the importer to take from
// a cited source or the list's publication date.
//
// Aliases: alt.csv's (aka, fka, nka alike) are strong; those written in an SDN row's remarks
// ("a.k.a. 'HESA'") are weak, because that is where OFAC's CSV files put the aliases it
// marks weak (OFAC FAQ 123).

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type {
  ImportedAlias,
  ImportedParty,
  ImportedPartyKind,
  ImportedRecord,
  ListDescription,
  ParsedFile,
} from '../records';
import { countryCode } from '../reference/country-codes';
import {
  type Address,
  type Companion,
  END_OF_FILE,
  cell,
  readAddresses,
  readAliases,
  readRemarkContinuations,
} from './ofac-companions';
import { firstCsvLine, lineSpan, readCsvRows } from './csv-rows';
import { readRemarks } from './ofac-remarks';

export const OFAC_SDN_LIST: ListDescription = {
  title: 'OFAC Specially Designated Nationals and Blocked Persons List',
  publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
  url: 'https://sanctionslist.ofac.treas.gov/',
  language: 'en',
};

/** ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks. */
const SDN_COLUMNS = 12;

const KINDS: Record<string, ImportedPartyKind> = {
  individual: 'person',
  vessel: 'vessel',
  aircraft: 'aircraft',
  // OFAC leaves the type of an organisation empty.
  '': 'company',
};

interface Companions {
  aliases: Companion<ImportedAlias>;
  addresses: Companion<Address>;
  continuations: Companion<string>;
}

/** Reads `sdn.csv` and, from the same folder, its alt.csv, add.csv and sdn_comments.csv. */
export async function readOfacSdn(sdnPath: string): Promise<ParsedFile> {
  const sdnFile = path.basename(sdnPath);
  await checkLooksLikeSdn(sdnPath);
  const [alt, add, comments] = await companionPaths(sdnPath, sdnFile);
  const [aliases, addresses, continuations] = await Promise.all([
    readAliases(alt, path.basename(alt)),
    readAddresses(add, path.basename(add)),
    readRemarkContinuations(comments, path.basename(comments)),
  ]);
  return {
    list: OFAC_SDN_LIST,
    records: sdnRecords(sdnPath, sdnFile, { aliases, addresses, continuations }),
  };
}

/** Refuses a file that is not an SDN file (another list, a header row, XML) before anything is read. */
async function checkLooksLikeSdn(sdnPath: string): Promise<void> {
  const what = 'an OFAC SDN file (sdn.csv)';
  const { cells } = await firstCsvLine(sdnPath, what);
  const refuse = (why: string) => {
    throw new Error(`${path.basename(sdnPath)} is not ${what}: ${why}`);
  };
  if (cells.length !== SDN_COLUMNS)
    refuse(`its first line has ${cells.length} cells, where an SDN row has ${SDN_COLUMNS}`);
  if (!/^\d+$/.test(cell(cells, 0))) refuse(`its first cell "${cell(cells, 0)}" is not an ent_num`);
}

/** The three companion files, found beside sdn.csv whatever the case of their names (OFAC has published both). */
async function companionPaths(sdnPath: string, sdnFile: string): Promise<[string, string, string]> {
  const folder = path.dirname(sdnPath);
  const names = await readdir(folder);
  const find = (wanted: string) => {
    const name = names.find((n) => n.toLowerCase() === wanted);
    if (!name) {
      throw new Error(
        `${wanted} is missing beside ${sdnFile} in ${folder}: the OFAC list is read from sdn.csv, ` +
          'alt.csv, add.csv and sdn_comments.csv of one download',
      );
    }
    return path.join(folder, name);
  };
  return [find('alt.csv'), find('add.csv'), find('sdn_comments.csv')];
}

async function* sdnRecords(
  sdnPath: string,
  sdnFile: string,
  companions: Companions,
): AsyncGenerator<ImportedRecord> {
  const { aliases, addresses, continuations } = companions;
  for (const { errors } of [aliases, addresses, continuations]) {
    for (const error of errors) yield { type: 'error', error };
  }

  const firstLineOf = new Map<string, number>();
  for await (const row of readCsvRows(sdnPath)) {
    const at = `${sdnFile} line ${row.line}`;
    if ('error' in row) {
      yield { type: 'error', error: { at, reason: lineSpan(row.line, row.lastLine, row.error) } };
      continue;
    }
    if (row.cells.length === 1 && row.cells[0]!.trim() === END_OF_FILE) continue;
    const problem = rowProblem(row.cells, firstLineOf);
    if (problem) {
      yield { type: 'error', error: { at, reason: problem } };
      continue;
    }
    firstLineOf.set(cell(row.cells, 0), row.line);
    yield* sdnRowRecords(row.cells, at, companions);
  }

  // Rows of the companion files whose ent_num no SDN row had.
  for (const companion of [aliases, addresses, continuations]) {
    for (const [entNum, rows] of companion.byEntNum) {
      if (firstLineOf.has(entNum)) continue;
      for (const { line } of rows) {
        const reason = `ent_num ${entNum} is not an entry read from ${sdnFile}`;
        yield { type: 'error', error: { at: `${companion.file} line ${line}`, reason } };
      }
    }
  }
}

function rowProblem(cells: string[], firstLineOf: Map<string, number>): string | undefined {
  if (cells.length !== SDN_COLUMNS) return `has ${cells.length} cells, expected ${SDN_COLUMNS}`;
  const entNum = cell(cells, 0);
  if (!/^\d+$/.test(entNum)) return `ent_num "${entNum}" is not a number`;
  if (firstLineOf.has(entNum))
    return `ent_num ${entNum} is listed twice (first on line ${firstLineOf.get(entNum)})`;
  if (!cell(cells, 1)) return 'the name is empty';
  const type = cell(cells, 2).toLowerCase();
  if (!(type in KINDS)) return `SDN type "${type}" is not individual, vessel, aircraft or empty`;
  if (programmes(cells).length === 0) return 'no programme is given';
  return undefined;
}

/** `NPWMD] [IFSR] [IRAN-CON-ARMS-EO` → the three programmes. */
function programmes(cells: string[]): string[] {
  return cell(cells, 3)
    .split(/\]\s*\[/)
    .map((p) => p.replace(/^\[|\]$/g, '').trim())
    .filter(Boolean);
}

function* sdnRowRecords(cells: string[], at: string, companions: Companions): Generator<ImportedRecord> {
  const entNum = cell(cells, 0);
  const name = cell(cells, 1);
  const kind = KINDS[cell(cells, 2).toLowerCase()]!;
  const remarks = fullRemarks(cells, companions.continuations.byEntNum.get(entNum));
  const addresses = (companions.addresses.byEntNum.get(entNum) ?? []).map((a) => a.value);
  const facts = readRemarks(remarks, kind);

  const party: ImportedParty = {
    at,
    listKey: entNum,
    name,
    kind,
    identifiers: [{ scheme: 'ofac', value: entNum }, ...facts.identifiers],
    aliases: distinctAliases(name, [
      ...(companions.aliases.byEntNum.get(entNum) ?? []).map((a) => a.value),
      ...facts.aliases,
    ]),
  };
  const country = partyCountry(kind, cells, facts, addresses);
  if (country) party.countryCode = country;
  const description = describe(cells, kind, remarks, addresses);
  if (description) party.description = description;
  yield { type: 'party', party };

  for (const programme of programmes(cells)) {
    yield {
      type: 'sanction',
      sanction: {
        at,
        authorityId: `${entNum}:${programme}`,
        targetKey: entNum,
        imposerSlug: 'united-states',
        measure: 'asset_freeze',
        status: 'imposed',
        programme,
        legalBasis: programme,
        title: `OFAC SDN: ${name} (${programme})`,
        quote: remarks || `Entry ${entNum} of the OFAC SDN List: ${name}, programme ${programme}.`,
      },
    };
  }
}

/** The remark, with its continuation from sdn_comments.csv joined as is: the cut falls mid-word. */
function fullRemarks(cells: string[], continuations: { value: string }[] | undefined): string {
  const start = cell(cells, 11) ? (cells[11] ?? '') : '';
  return (start + (continuations ?? []).map((c) => c.value).join('')).trim();
}

/** Each name once, strong over weak, and never the party's own name. */
function distinctAliases(name: string, aliases: ImportedAlias[]): ImportedAlias[] {
  const byKey = new Map<string, ImportedAlias>();
  byKey.set(name.toLowerCase(), { name, strength: 'strong' });
  for (const alias of aliases) {
    const key = alias.name.toLowerCase();
    const earlier = byKey.get(key);
    if (!earlier) byKey.set(key, alias);
    else if (earlier.strength === 'weak' && alias.strength === 'strong') earlier.strength = 'strong';
  }
  byKey.delete(name.toLowerCase());
  return [...byKey.values()];
}

/** The one country a row gives, if it gives exactly one: a person's nationality, a vessel's flag, an organisation's registration or address. */
function partyCountry(
  kind: ImportedPartyKind,
  cells: string[],
  facts: ReturnType<typeof readRemarks>,
  addresses: Address[],
): string | undefined {
  const only = (names: string[]) => {
    const codes = new Set(names.map((n) => countryCode(n)));
    if (codes.size !== 1) return undefined;
    return [...codes][0];
  };
  if (kind === 'person')
    return only(facts.nationalities) ?? (facts.nationalities.length ? undefined : only(facts.citizenships));
  if (kind === 'vessel') return countryCode(cell(cells, 9));
  if (kind === 'company') {
    if (facts.registrations.length > 0) return only(facts.registrations);
    return only(addresses.map((a) => a.country).filter(Boolean));
  }
  return undefined;
}

function describe(
  cells: string[],
  kind: ImportedPartyKind,
  remarks: string,
  addresses: Address[],
): string | undefined {
  const lines: string[] = [];
  const title = cell(cells, 4);
  if (title) lines.push(`Title: ${title}`);
  if (kind === 'vessel') {
    const vessel = [
      ['call sign', cell(cells, 5)],
      ['type', cell(cells, 6)],
      ['tonnage', cell(cells, 7)],
      ['GRT', cell(cells, 8)],
      ['flag', cell(cells, 9)],
      ['owner', cell(cells, 10)],
    ].filter(([, value]) => value);
    if (vessel.length)
      lines.push(`Vessel: ${vessel.map(([label, value]) => `${label} ${value}`).join('; ')}`);
  }
  if (remarks) lines.push(remarks);
  for (const a of addresses) {
    const place = [a.address, a.city, a.country].filter(Boolean).join(', ');
    lines.push(`Address: ${place}${a.remarks ? ` (${a.remarks})` : ''}`);
  }
  return lines.length ? lines.join('\n') : undefined;
}
