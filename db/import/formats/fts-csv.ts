// Reads a flows table of OCHA's Financial Tracking Service (FTS) as CSV: a header row, then
// one flow per row, each becoming one aid record keyed `fts:<id>`.
//
// Mapping decisions:
// - Donor: srcOrganization; a flow without one is an error record (FTS leaves some empty).
//   Recipient: destOrganization, or when empty the one country of destLocations (ISO
//   alpha-3, `PSE`) by its ISO name and alpha-2 code.
// - Organisation kinds (srcOrganizationTypes / destOrganizationTypes, first type when FTS
//   lists several): Government → `government` ("Spain, Government of" is a government, not
//   the state); UN agency, Inter-governmental, Pooled fund (UN-managed country and global
//   funds) → `international_org`; NGO, Private organization/foundation, Red Cross/Red
//   Crescent, Financial institution and any other type → `other`; no type → left unset.
// - Status: pledge → `pledged`, commitment → `approved`, paid → `delivered`. Category is
//   `humanitarian`: FTS tracks humanitarian funding only.
// - Amounts are whole units as FTS writes them. exchangeRate is kept as the file states it:
//   units of the original currency per US dollar (flow 228352: EUR 1,395,868 / USD
//   1,694,015 = 0.824). FTS writes an original amount of 0 (often in USD, without a rate)
//   where none was reported: an original amount of 0 beside a USD amount that is not 0 is
//   left out, so the USD amount stands.
// - announcedOn: decisionDate, else date. Title: the description cut to 200 characters at a
//   word, or `FTS flow <id>`; quote: the whole description.

import path from 'node:path';
import type { AidStatus } from '@/domain/vocabulary';
import type {
  ImportedAid,
  ImportedPartyKind,
  ImportedPartyRef,
  ImportedRecord,
  ListDescription,
  ParsedFile,
} from '../records';
import { alpha2FromAlpha3, countryName } from '../reference/country-codes';
import { firstCsvLine, lineSpan, readCsvRows } from './csv-rows';

export const FTS_LIST: ListDescription = {
  title: 'OCHA Financial Tracking Service: incoming funding',
  publisher: 'UN OCHA Financial Tracking Service',
  url: 'https://fts.unocha.org/',
  language: 'en',
};

/** The columns read here; the other columns of FTS's 37 are passed over. */
const COLUMNS = [
  'date',
  'description',
  'amountUSD',
  'srcOrganization',
  'srcOrganizationTypes',
  'destOrganization',
  'destOrganizationTypes',
  'destLocations',
  'status',
  'decisionDate',
  'originalAmount',
  'originalCurrency',
  'exchangeRate',
  'id',
] as const;
type Column = (typeof COLUMNS)[number];

const STATUSES: Record<string, AidStatus> = {
  pledge: 'pledged',
  commitment: 'approved',
  paid: 'delivered',
};

const KINDS: Record<string, ImportedPartyKind> = {
  government: 'government',
  'un agency': 'international_org',
  'inter-governmental': 'international_org',
  multilateral: 'international_org',
  'pooled fund': 'international_org',
};

const TITLE_LENGTH = 200;

/** Reads an FTS flows CSV; refuses a file whose first line is not FTS's header. */
export async function readFtsCsv(file: string): Promise<ParsedFile> {
  const name = path.basename(file);
  const columns = await headerColumns(file, name);
  return { list: FTS_LIST, records: ftsRecords(file, name, columns) };
}

/** Where each column read here is in the file, from its header row. */
async function headerColumns(file: string, name: string): Promise<Map<Column, number>> {
  const what = 'an OCHA FTS flows CSV';
  const { line, cells } = await firstCsvLine(file, what);
  const at = new Map(cells.map((h, i) => [h.trim(), i]));
  const missing = COLUMNS.filter((c) => !at.has(c));
  if (missing.length > 0)
    throw new Error(
      `${name} is not ${what}: its header row lacks the columns ${missing.join(', ')} (first line: "${line.slice(0, 80)}")`,
    );
  return new Map(COLUMNS.map((c) => [c, at.get(c)!]));
}

async function* ftsRecords(
  file: string,
  name: string,
  columns: Map<Column, number>,
): AsyncGenerator<ImportedRecord> {
  const firstLineOf = new Map<string, number>();
  let header = true;
  for await (const row of readCsvRows(file)) {
    const at = `${name} line ${row.line}`;
    if ('error' in row) {
      yield { type: 'error', error: { at, reason: lineSpan(row.line, row.lastLine, row.error) } };
      continue;
    }
    if (header) {
      header = false;
      continue;
    }
    const get = (c: Column) => (row.cells[columns.get(c)!] ?? '').trim();
    const read = readFlow(get, at, firstLineOf);
    if (typeof read === 'string') {
      yield { type: 'error', error: { at, reason: read } };
      continue;
    }
    firstLineOf.set(read.authorityId, row.line);
    yield { type: 'aid', aid: read };
  }
}

/** The flow a row gives, or why it gives none. */
function readFlow(
  get: (c: Column) => string,
  at: string,
  firstLineOf: Map<string, number>,
): ImportedAid | string {
  const id = get('id');
  if (!/^\d+$/.test(id)) return `the flow id "${id}" is not a number`;
  const authorityId = `fts:${id}`;
  if (firstLineOf.has(authorityId))
    return `flow ${id} is listed twice (first on line ${firstLineOf.get(authorityId)})`;

  const donorName = get('srcOrganization');
  if (!donorName) return `donor missing: flow ${id} has no srcOrganization`;
  const donor = partyRef(donorName, get('srcOrganizationTypes'));
  const recipient = recipientOf(get);
  if (typeof recipient === 'string') return recipient;

  const status = STATUSES[get('status').toLowerCase()];
  if (!status) return `status "${get('status')}" is not pledge, commitment or paid`;

  const announcedOn = get('decisionDate') || get('date');
  if (!isIsoDate(announcedOn)) return `date "${announcedOn}" is not a date (YYYY-MM-DD)`;

  const amountUsd = amount(get('amountUSD'));
  if (amountUsd === null) return `amountUSD "${get('amountUSD')}" is not an amount`;
  const originalAmount = amount(get('originalAmount'));
  if (originalAmount === null) return `originalAmount "${get('originalAmount')}" is not an amount`;
  const exchangeRate = amount(get('exchangeRate'));
  if (exchangeRate === null || exchangeRate === 0)
    return `exchangeRate "${get('exchangeRate')}" is not a rate`;
  const currency = get('originalCurrency').toUpperCase();

  const description = get('description');
  const aid: ImportedAid = {
    at,
    authorityId,
    donor,
    recipient,
    category: 'humanitarian',
    status,
    announcedOn,
    title: description ? shorten(description.replace(/\s+/g, ' ')) : `FTS flow ${id}`,
    quote: description || `FTS flow ${id}: ${donorName} to ${recipient.name} (${get('status')}).`,
  };
  // FTS writes 0 where no original amount was reported: the USD amount then stands alone.
  const reported = originalAmount !== undefined && !(originalAmount === 0 && (amountUsd ?? 0) > 0);
  if (reported) {
    if (!/^[A-Z]{3}$/.test(currency))
      return `originalAmount ${originalAmount} has no currency code ("${currency}")`;
    aid.originalAmount = originalAmount;
    aid.originalCurrency = currency;
    if (exchangeRate !== undefined) aid.exchangeRate = exchangeRate;
  }
  if (amountUsd !== undefined) aid.amountUsd = amountUsd;
  return aid;
}

/** destOrganization, else the single country of destLocations. */
function recipientOf(get: (c: Column) => string): ImportedPartyRef | string {
  const organization = get('destOrganization');
  if (organization) return partyRef(organization, get('destOrganizationTypes'));
  const locations = get('destLocations')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  if (locations.length !== 1)
    return `recipient missing: no destOrganization, and destLocations "${get('destLocations')}" is not one country`;
  const code = alpha2FromAlpha3(locations[0]);
  const country = code && countryName(code);
  if (!code || !country)
    return `recipient missing: no destOrganization, and "${locations[0]}" is not an ISO 3166 alpha-3 code`;
  return { name: country, countryCode: code, kind: 'state' };
}

function partyRef(name: string, types: string): ImportedPartyRef {
  const first = types.split(',')[0]!.trim().toLowerCase();
  if (!first) return { name };
  return { name, kind: KINDS[first] ?? 'other' };
}

/** A whole or decimal number; undefined when empty, null when malformed. */
function amount(text: string): number | undefined | null {
  if (text === '') return undefined;
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** At most TITLE_LENGTH characters, cut at a word, with an ellipsis when cut. */
function shorten(text: string): string {
  if (text.length <= TITLE_LENGTH) return text;
  const cut = text.slice(0, TITLE_LENGTH - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > TITLE_LENGTH / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}
