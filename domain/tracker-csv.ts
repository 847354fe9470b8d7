// The tracker's own CSV: one file per kind of entry, one row per entry, written by the
// downloads and read back by the importer (`tracker-csv`), so a file round-trips. The
// columns here are the whole contract: the template is their header, the export writes
// them in this order, the importer finds them by name (any order, extra columns refused).
//
// Conventions: UTF-8, RFC 4180 (CRLF, quotes doubled), ISO dates, integer amounts in whole
// units with their currency beside them, several values joined with `;`, parties named by
// their address name (slug). A cell the export starts with `'` because it began with
// `=`, `+`, `-` or `@` (spreadsheet formula injection) loses that `'` on import.

import {
  AID_CATEGORIES,
  AID_STATUSES,
  PARTY_KINDS,
  SANCTION_MEASURES,
  SANCTION_STATUSES,
} from '@/domain/vocabulary';

const oneOf = (values: readonly string[]) => `One of ${values.join(', ')}.`;

export const TRACKER_ENTITIES = ['aid', 'sanctions', 'events', 'parties'] as const;
export type TrackerEntity = (typeof TRACKER_ENTITIES)[number];

export interface TrackerColumn {
  name: string;
  /** What the cell holds, for the template's README and the API documentation. */
  about: string;
  /** Written by the export for readers; the importer passes over it. */
  readOnly?: boolean;
}

const ID: TrackerColumn = {
  name: 'id',
  about: "The entry's number in this tracker: empty for a new entry, kept to update one.",
};
const PERMALINK: TrackerColumn = { name: 'permalink', about: "The entry's page.", readOnly: true };

/** The first source an entry cites, in full; the others by address only. */
const CITATION: TrackerColumn[] = [
  {
    name: 'source_url',
    about: 'Address of the source (https://…); an existing source with this address is reused.',
  },
  { name: 'source_title', about: 'Title of the source; required when its address is new or absent.' },
  { name: 'source_publisher', about: 'Who published it.' },
  { name: 'source_published_on', about: 'When it was published (YYYY-MM-DD).' },
  { name: 'source_language', about: 'Language of the source (en, fr, uk…); en when empty.' },
  { name: 'quote', about: 'The words of the source that support the entry, as published.' },
  {
    name: 'other_sources',
    about: 'Addresses of the further sources the entry cites, joined with ";".',
    readOnly: true,
  },
];

const party = (role: string, what: string): TrackerColumn[] => [
  { name: role, about: `The ${what}'s address name (slug); when empty, its exact name in ${role}_name.` },
  { name: `${role}_name`, about: `The ${what}'s name.` },
];

export const TRACKER_COLUMNS: Record<TrackerEntity, readonly TrackerColumn[]> = {
  aid: [
    ID,
    PERMALINK,
    { name: 'announced_on', about: 'When the package was announced (YYYY-MM-DD).' },
    { name: 'title', about: 'What the package is, in a line.' },
    ...party('donor', 'donor'),
    ...party('recipient', 'recipient'),
    { name: 'category', about: oneOf(AID_CATEGORIES) },
    { name: 'status', about: oneOf(AID_STATUSES) },
    { name: 'amount', about: 'Amount in whole units of its currency; empty when not disclosed.' },
    { name: 'currency', about: 'ISO 4217 code of the amount (EUR, USD…).' },
    {
      name: 'amount_usd',
      about: 'Value in whole US dollars at announcement; required for another currency.',
    },
    { name: 'exchange_rate', about: 'Units of the currency per US dollar used for amount_usd.' },
    { name: 'rate_on', about: 'The day that rate was quoted (YYYY-MM-DD).' },
    { name: 'rate_source', about: 'Who quoted the rate.' },
    { name: 'description', about: 'Longer description.' },
    ...CITATION,
  ],
  sanctions: [
    ID,
    PERMALINK,
    { name: 'announced_on', about: 'When the sanction was announced (YYYY-MM-DD).' },
    { name: 'title', about: 'What the sanction is, in a line.' },
    ...party('imposer', 'imposing party'),
    ...party('target', 'target'),
    { name: 'measure', about: oneOf(SANCTION_MEASURES) },
    { name: 'status', about: oneOf(SANCTION_STATUSES) },
    { name: 'effective_on', about: 'When it took effect (YYYY-MM-DD).' },
    { name: 'lifted_on', about: 'When it was lifted (YYYY-MM-DD); required with the status lifted.' },
    { name: 'legal_basis', about: 'The legal act.' },
    { name: 'programme', about: "The list's programme or regime (RUSSIA-EO14024)." },
    { name: 'listed_on', about: 'The listing date the list gives (YYYY-MM-DD).' },
    { name: 'authority_id', about: "The list's own id for the designation (ofac:…); unique per imposer." },
    { name: 'description', about: 'Longer description.' },
    ...CITATION,
  ],
  events: [
    ID,
    PERMALINK,
    { name: 'occurred_on', about: 'When it happened (YYYY-MM-DD).' },
    { name: 'title', about: 'What happened, in a line.' },
    { name: 'parties', about: 'Address names (slugs) of the parties involved, joined with ";".' },
    { name: 'party_names', about: 'Their names, joined with ";".', readOnly: true },
    { name: 'description', about: 'Longer description.' },
    ...CITATION,
  ],
  parties: [
    ID,
    PERMALINK,
    { name: 'slug', about: 'Address name: lower-case letters, digits and hyphens; unique.' },
    { name: 'name', about: 'Name.' },
    { name: 'kind', about: oneOf(PARTY_KINDS) },
    { name: 'country_code', about: 'ISO 3166 alpha-2 code.' },
    { name: 'parent', about: 'The address name (slug) of the party it belongs to or is controlled by.' },
    { name: 'description', about: 'Longer description.' },
    {
      name: 'identifiers',
      about: 'scheme:value pairs (ofac:12345;imo:9339301), joined with ";"; added, never removed.',
    },
    { name: 'aliases', about: 'Other names, joined with ";"; added, never removed.' },
  ],
};

export const columnNames = (entity: TrackerEntity) => TRACKER_COLUMNS[entity].map((c) => c.name);

/** The kind of entry a header row is for: the one whose columns it holds, in any order. */
export function entityOfHeader(header: string[]): TrackerEntity | null {
  const given = new Set(header.map((h) => h.trim()));
  return TRACKER_ENTITIES.find((e) => columnNames(e).every((c) => given.has(c))) ?? null;
}

/** Joins several values into one cell. */
export const joinValues = (values: readonly string[]) => values.join(';');

/** The values of a joined cell, empty ones dropped. */
export const splitValues = (cell: string) =>
  cell
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);

/** Undoes the export's guard against formula injection (`'=1` was written for `=1`). */
export const unguardCell = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
