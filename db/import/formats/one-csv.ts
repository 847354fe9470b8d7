// Reads the ONE Campaign's table of official development assistance (ODA) pledged to Ukraine
// in 2022: `Donor, Estimated ODA pledged to Ukraine (USD millions), Estimated Ukraine
// in-donor refugee costs (USD millions), Source`. Each amount cell holds a figure, `>>`,
// then dated HTML notes quoting the announcements (`2,496.7>><b>9 May: </b>…<br><br>…`).
//
// Mapping decisions:
// - One `pledged` aid record per donor with an ODA figure (`one:<donor slug>`, category
//   `economic`: ODA is development finance, of which humanitarian aid is only a part), and
//   one per donor with a refugee-cost figure (`one:<donor slug>:refugees`, category
//   `humanitarian`: hosting refugees). Both go to Ukraine, as ONE counts them. An empty figure
//   (Greece's ODA, Australia's refugee costs) gives no record; a figure that is not a number
//   gives an error record.
// - amountUsd: the figure × 1,000,000, rounded (`2,496.7` → 2,496,700,000). No original
//   currency: ONE converts to USD itself.
// - Donor: a country by its ISO code (kind `state`); the EU's institutions get
//   `international_org`, the nearest kind ImportedPartyKind has to a bloc (the tracker's own
//   "European Union" party, a bloc, is matched by name before any new party is made).
// - announcedOn: the latest date the notes give (`9 May:`, no year: the table covers 2022,
//   so every date is read in 2022), else 2022-12-31. Refugee notes dated January were written
//   in early 2023 but are read in 2022 all the same: the figure is ONE's 2022 estimate.
// - Quote: the notes and the Source column as plain text. The notes are ONE's own markup,
//   only <b>, <br> and <a href>: a small tag strip (links kept as "label (url)") and the
//   common entities (&amp; &nbsp; &lt; &gt; &quot; &#39; and numeric) are enough here; this
//   is no general HTML reader.

import path from 'node:path';
import type { AidCategory } from '@/domain/vocabulary';
import { slugOf } from '../normalize';
import type { ImportedAid, ImportedPartyRef, ImportedRecord, ListDescription, ParsedFile } from '../records';
import { countryCode } from '../reference/country-codes';
import { firstCsvLine, lineSpan, readCsvRows } from './csv-rows';

export const ONE_LIST: ListDescription = {
  title: 'ONE Campaign: ODA pledged to Ukraine (2022 tracker)',
  publisher: 'ONE Campaign',
  url: 'https://github.com/ONEcampaign/ukraine_oda_tracker',
  language: 'en',
};

const HEADER = [
  'Donor',
  'Estimated ODA pledged to Ukraine (USD millions)',
  'Estimated Ukraine in-donor refugee costs (USD millions)',
  'Source',
];

const UKRAINE: ImportedPartyRef = { name: 'Ukraine', countryCode: 'UA', kind: 'state' };

/** Names ONE may give the EU's institutions. */
const EU_NAMES = new Set([
  'eu',
  'eu institutions',
  'european union',
  'european commission',
  'eu institutions ec',
]);

const YEAR = 2022;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Reads ONE's Ukraine ODA table; refuses a file whose first line is not its header. */
export async function readOneCsv(file: string): Promise<ParsedFile> {
  const name = path.basename(file);
  await checkHeader(file, name);
  return { list: ONE_LIST, records: oneRecords(file, name) };
}

async function checkHeader(file: string, name: string): Promise<void> {
  const what = "ONE's Ukraine ODA table";
  const { line, cells } = await firstCsvLine(file, what);
  if (cells.length !== HEADER.length || cells.some((h, i) => h.trim() !== HEADER[i]))
    throw new Error(
      `${name} is not ${what}: its first line is not the header "${HEADER.join(', ')}" (it is "${line.slice(0, 80)}")`,
    );
}

async function* oneRecords(file: string, name: string): AsyncGenerator<ImportedRecord> {
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
    const [donorCell = '', odaCell = '', refugeeCell = '', sourceCell = ''] = row.cells;
    const donorName = donorCell.trim();
    if (!donorName) {
      yield { type: 'error', error: { at, reason: 'donor missing: the Donor cell is empty' } };
      continue;
    }
    const slug = slugOf(donorName);
    if (firstLineOf.has(slug)) {
      const reason = `donor "${donorName}" is listed twice (first on line ${firstLineOf.get(slug)})`;
      yield { type: 'error', error: { at, reason } };
      continue;
    }
    firstLineOf.set(slug, row.line);
    const donor = donorRef(donorName);
    const source = htmlToText(sourceCell);
    const columns: {
      cell: string;
      column: string;
      authorityId: string;
      category: AidCategory;
      title: string;
    }[] = [
      {
        cell: odaCell,
        column: 'ODA pledged',
        authorityId: `one:${slug}`,
        category: 'economic',
        title: `ODA pledged to Ukraine by ${donorName} (ONE estimate)`,
      },
      {
        cell: refugeeCell,
        column: 'in-donor refugee costs',
        authorityId: `one:${slug}:refugees`,
        category: 'humanitarian',
        title: `Ukraine in-donor refugee costs of ${donorName} (ONE estimate)`,
      },
    ];
    for (const { cell, column, authorityId, category, title } of columns) {
      const split = cell.indexOf('>>');
      const figure = (split === -1 ? cell : cell.slice(0, split)).trim();
      const notes = split === -1 ? '' : cell.slice(split + 2);
      if (figure === '') continue;
      if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(figure)) {
        const reason = `the ${column} figure "${figure.slice(0, 40)}" is not a number of USD millions`;
        yield { type: 'error', error: { at, reason } };
        continue;
      }
      const text = htmlToText(notes);
      const aid: ImportedAid = {
        at,
        authorityId,
        donor,
        recipient: { ...UKRAINE },
        category,
        status: 'pledged',
        announcedOn: latestDate(notes),
        title,
        amountUsd: Math.round(Number(figure.replace(/,/g, '')) * 1_000_000),
        quote: [text, source && `Sources: ${source}`].filter(Boolean).join('\n\n') || title,
      };
      yield { type: 'aid', aid };
    }
  }
}

function donorRef(name: string): ImportedPartyRef {
  if (
    EU_NAMES.has(
      name
        .toLowerCase()
        .replace(/[^a-z]+/g, ' ')
        .trim(),
    )
  )
    return { name, kind: 'international_org' };
  const code = countryCode(name);
  return code ? { name, countryCode: code, kind: 'state' } : { name, kind: 'state' };
}

/** The latest `<b>9 May: </b>` date of the notes, read in 2022; 2022-12-31 when there is none. */
function latestDate(notes: string): string {
  let latest = '';
  for (const [, day, month] of notes.matchAll(/<b>\s*(\d{1,2})\s+([A-Za-z]+)\s*:?\s*<\/b>/g)) {
    const m = MONTHS.indexOf(month!.toLowerCase());
    const d = Number(day);
    if (m === -1 || d < 1 || d > new Date(Date.UTC(YEAR, m + 1, 0)).getUTCDate()) continue;
    const iso = `${YEAR}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (iso > latest) latest = iso;
  }
  return latest || `${YEAR}-12-31`;
}

const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', lt: '<', gt: '>', quot: '"', apos: "'" };

/** ONE's note markup as plain text: <br> → line break, links as "label (url)", other tags dropped. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<a\b[^>]*?href\s*=\s*(['"])(.*?)\1[^>]*>(.*?)<\/a>/gis, (_, _q, href: string, label: string) =>
      label.trim() ? `${label.trim()} (${href})` : href,
    )
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
      if (!body.startsWith('#')) return ENTITIES[body.toLowerCase()] ?? entity;
      const code = /^#x/i.test(body) ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
