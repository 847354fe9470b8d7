// What a list's download and its API rows hold: the tracker CSV's columns (tracker-csv.ts)
// for the kinds it imports, then the figures the page shows beside them; sources, which
// the tracker CSV does not import, by their own columns. The CSV and the JSON carry the same
// fields under the same names: in JSON, the `;`-joined cells are arrays.

import { TRACKER_COLUMNS, splitValues, type TrackerColumn } from './tracker-csv';

export const LIST_KINDS = ['aid', 'sanctions', 'events', 'parties', 'sources'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export interface DownloadColumn extends TrackerColumn {
  /** How the JSON holds it: text unless said (integers, decimals, or a list from a joined cell). */
  json?: 'integer' | 'number' | 'list';
}

const typed: Record<string, DownloadColumn['json']> = {
  id: 'integer',
  amount: 'integer',
  amount_usd: 'integer',
  exchange_rate: 'number',
  other_sources: 'list',
  parties: 'list',
  party_names: 'list',
  identifiers: 'list',
  aliases: 'list',
};

const withJson = (columns: readonly TrackerColumn[]): DownloadColumn[] =>
  columns.map((c) => (typed[c.name] ? { ...c, json: typed[c.name] } : c));

const figure = (name: string, about: string, json: 'integer' = 'integer'): DownloadColumn => ({
  name,
  about,
  readOnly: true,
  json,
});

export const LIST_COLUMNS: Record<ListKind, readonly DownloadColumn[]> = {
  aid: withJson(TRACKER_COLUMNS.aid),
  sanctions: withJson(TRACKER_COLUMNS.sanctions),
  events: withJson(TRACKER_COLUMNS.events),
  parties: [
    ...withJson(TRACKER_COLUMNS.parties),
    figure('given_usd', 'Committed aid given, in whole US dollars; empty when no amount is known.'),
    figure('given_count', 'Aid packages given.'),
    figure('received_usd', 'Committed aid received, in whole US dollars; empty when no amount is known.'),
    figure('received_count', 'Aid packages received.'),
    figure('imposed_count', 'Sanctions in force it imposes.'),
    figure('targeted_count', 'Sanctions in force against it.'),
  ],
  sources: [
    { name: 'id', about: "The source's number in this tracker.", json: 'integer' },
    { name: 'permalink', about: "The source's page.", readOnly: true },
    { name: 'title', about: 'Title.' },
    { name: 'publisher', about: 'Who published it.' },
    { name: 'url', about: 'Address (https://…); empty for a document without one.' },
    { name: 'published_on', about: 'When it was published (YYYY-MM-DD).' },
    { name: 'language', about: 'Language code (en, fr, uk…).' },
    figure('citing_count', 'Live aid packages, sanctions and events citing it.'),
  ],
};

export type Cells = Record<string, string | number | null>;
/** A row's cells as values in its kind's column order (LIST_COLUMNS). */
export type Values = unknown[];
export type JsonRow = Record<string, string | number | string[] | null>;

export const valuesOf = (kind: ListKind, cells: Cells): Values =>
  LIST_COLUMNS[kind].map((c) => cells[c.name] ?? null);

/** A row's values as the JSON API gives them: joined cells as arrays, empty text as null. */
export function jsonRow(kind: ListKind, values: Values): JsonRow {
  const row: JsonRow = {};
  for (const [i, column] of LIST_COLUMNS[kind].entries()) {
    const value = (values[i] ?? null) as string | number | null;
    row[column.name] =
      column.json === 'list' ? splitValues(value === null ? '' : String(value)) : value === '' ? null : value;
  }
  return row;
}
