// What each table and column of the public snapshot means, for its README
// (db/snapshot/readme.ts). The README lists the tables and columns the file really has; a
// column without a note here fails its test, so a new column gets described.

import {
  AID_CATEGORIES,
  AID_STATUSES,
  ALIAS_STRENGTHS,
  AUDIT_ACTIONS,
  AUDITED_ENTITIES,
  IMPORT_FORMATS,
  PARTY_KINDS,
  SANCTION_MEASURES,
  SANCTION_STATUSES,
} from '../../domain/vocabulary';

const words = (list: readonly string[]) => list.map((w) => `\`${w}\``).join(', ');

export interface TableNote {
  about: string;
  /** Meanings of its own columns; `false` for a table whose columns are not listed (empty, or an index's view). */
  columns?: Record<string, string> | false;
}

const rollup = (perRole: boolean) =>
  `Derived, kept by triggers: live rows counted per ${perRole ? 'role (0 everyone, 1 the giving or imposing side, 2 the receiving or target side), ' : ''}grain (0 all time, 1 year, 2 month, 3 day) and period.`;

/** Columns that mean the same in every table that has them. */
export const COMMON_COLUMNS: Record<string, string> = {
  id: 'Row id; other tables refer to it.',
  version: 'Edit count, from 1; a save over a newer version is refused.',
  created_at: 'When the row was written (ISO 8601, UTC).',
  updated_at: 'When the entry last changed (ISO 8601, UTC).',
  retired_at: 'When the entry was retired (hidden from the site, kept for the record); NULL if live.',
  batch_id: 'The import (`import_batches.id`) that last wrote it; NULL for an editor’s entry.',
  party_id: 'The party (`parties.id`).',
  source_id: 'The source (`sources.id`).',
  title: 'Title as shown on the site.',
  description: 'Longer text shown on the entry’s page.',
  status: 'Status, as in `aid_packages.status` or `sanctions.status`.',
  category: `Aid category: ${words(AID_CATEGORIES)}.`,
  measure: `Sanction measure: ${words(SANCTION_MEASURES)}.`,
  announced_on: 'Announcement date (YYYY-MM-DD).',
  authority_id:
    'The list’s or table’s own id for the row (`fts:<flow id>`, an OFAC uid), used by re-imports.',
  user_id: 'Always NULL here: who made the change is left out of the public copy.',
  role: 'Role counted: 0 everyone, 1 giving/imposing side, 2 receiving/target side.',
  grain: 'Period length: 0 all time, 1 year, 2 month, 3 day.',
  period: "Period: '' (all time), YYYY, YYYY-MM or YYYY-MM-DD.",
  n: 'Number of rows counted.',
  usd: 'Sum of `amount_usd` of the rows counted (unknown amounts count 0).',
  usd_n: 'How many of the rows counted have a known `amount_usd`.',
  donor_id: 'Donor party (`parties.id`).',
  recipient_id: 'Recipient party (`parties.id`).',
  imposing_id: 'Imposing party (`parties.id`).',
  target_id: 'Target party (`parties.id`).',
  name: 'Name as shown.',
  language: 'Language (BCP 47 tag, `fr`, `en-GB`).',
};

export const TABLE_NOTES: Record<string, TableNote> = {
  parties: {
    about:
      'States, blocs, international organisations, governments, companies, people: every side of an entry.',
    columns: {
      slug: 'Address on the site: `/parties/<slug>`.',
      kind: `Kind of party: ${words(PARTY_KINDS)}.`,
      country_code: 'ISO 3166-1 alpha-2 country, if any.',
      parent_id: 'The party it belongs to (Vladimir Putin → Russia), if any.',
    },
  },
  sources: {
    about: 'Articles, documents and lists cited by entries.',
    columns: {
      publisher: 'Who published it.',
      url: 'Link (http or https), if any.',
      published_on: 'Publication date (YYYY-MM-DD), if known.',
      notes: 'Editors’ public remarks on the source.',
    },
  },
  aid_packages: {
    about:
      'Aid from a donor to a recipient. Totals on the site sum committed aid only (approved, authorized, delivered).',
    columns: {
      status: `Status: ${words(AID_STATUSES)}.`,
      amount: 'Whole units of `currency`; NULL if undisclosed.',
      currency: 'ISO 4217 code of `amount`.',
      amount_usd: 'Whole US dollars at announcement; NULL if unknown.',
      exchange_rate: 'Units of `currency` per US dollar used for `amount_usd`.',
      rate_on: 'Date of that exchange rate.',
      rate_source: 'Where that exchange rate comes from.',
    },
  },
  sanctions: {
    about: 'A measure by an imposing party on a target: threatened, proposed, imposed, suspended or lifted.',
    columns: {
      status: `Status: ${words(SANCTION_STATUSES)}.`,
      effective_on: 'Date it took effect, if known.',
      lifted_on: 'Date it was lifted, if it was.',
      legal_basis: 'The act or regulation it rests on.',
      programme: 'The list’s programme or regime (`RUSSIA-EO14024`).',
      listed_on: 'The list’s own listing date.',
    },
  },
  events: {
    about: 'Dated context for the timeline.',
    columns: { occurred_on: 'Date (YYYY-MM-DD).' },
  },
  event_parties: {
    about: 'The parties involved in each event.',
    columns: { event_id: 'The event (`events.id`).' },
  },
  citations: {
    about: 'One source backing one aid package, sanction or event (exactly one of the three ids is set).',
    columns: {
      aid_package_id: 'The aid package backed (`aid_packages.id`).',
      sanction_id: 'The sanction backed (`sanctions.id`).',
      event_id: 'The event backed (`events.id`).',
      quote: 'The supporting passage, in its original language.',
    },
  },
  party_identifiers: {
    about: 'A party’s ids in other registers (OFAC, UN, IMO, passport…).',
    columns: {
      scheme: 'Register (`ofac`, `un`, `imo`, `passport`, `lei`…).',
      value: 'The id in that register.',
      country: "Issuing country for national documents; '' for global schemes.",
    },
  },
  party_aliases: {
    about: 'Other names of a party.',
    columns: {
      normalized: 'The name without accents and case, as matching compares it.',
      strength: `${words(ALIAS_STRENGTHS)}; matching uses the strong ones.`,
    },
  },
  import_batches: {
    about: 'Each official list or file read by the importer.',
    columns: {
      file_name: 'Left blank in the public copy.',
      sha256: 'SHA-256 of the file read (hex).',
      format: `Importer format: ${words(IMPORT_FORMATS)}.`,
      list_version: 'The list’s own version date, where it states one.',
      as_of: 'Date new designations took and lifted ones ended on.',
      counts: 'JSON: new, matched, updated, unchanged, lifted and error counts.',
    },
  },
  audit_log: {
    about: 'Every create, update, retire and restore of an entry (editors’ identities left out).',
    columns: {
      at: 'When (ISO 8601, UTC).',
      action: `What was done: ${words(AUDIT_ACTIONS)}.`,
      entity_type: `Kind of entry: ${words(AUDITED_ENTITIES)}.`,
      entity_id: 'Id of the entry in its table.',
      before: 'JSON of the entry before the change; NULL for a create.',
      after: 'JSON of the entry after the change.',
    },
  },
  users: { about: 'Editors’ accounts: empty in the public copy.', columns: false },
  sessions: { about: 'Sign-in sessions: empty in the public copy.', columns: false },
  login_attempts: { about: 'Sign-in attempts: empty in the public copy.', columns: false },
  app_meta: {
    about: 'Facts about the file: `database_id` (its identity) and `data_revision` (writes committed).',
    columns: { key: 'Name of the fact.', value: 'Its value.' },
  },
  aid_rollup: { about: `Aid by status and category. ${rollup(true)}` },
  aid_flow_rollup: {
    about: `Committed aid per donor–recipient pair. ${rollup(false)}`,
  },
  aid_party_rollup: { about: `Committed aid per party and category. ${rollup(true)}` },
  aid_party_total_rollup: { about: `Committed aid per party. ${rollup(true)}` },
  sanction_rollup: { about: `Sanctions by measure and status. ${rollup(true)}` },
  sanction_pair_rollup: {
    about: `Sanctions per imposing–target pair. ${rollup(false)}`,
  },
  sanction_party_rollup: { about: `Sanctions per party and status. ${rollup(true)}` },
  source_citing_counts: {
    about: 'Derived, kept by triggers: how many live entries cite each source.',
    columns: { n: 'Live entries citing it.' },
  },
  aid_search: {
    about:
      'Full-text index (SQLite FTS5) of live aid packages’ titles and descriptions; rowid = `aid_packages.id`.',
  },
  sanctions_search: {
    about:
      'Full-text index (SQLite FTS5) of live sanctions’ titles and descriptions; rowid = `sanctions.id`.',
  },
  aid_search_terms: { about: 'The words in `aid_search` (FTS5 vocabulary view).', columns: false },
  sanctions_search_terms: {
    about: 'The words in `sanctions_search` (FTS5 vocabulary view).',
    columns: false,
  },
  search_words: { about: 'Splits search text into words (FTS3 tokenizer); holds no rows.', columns: false },
  sqlite_sequence: { about: 'SQLite’s autoincrement counters.', columns: { seq: 'Last id given.' } },
  __drizzle_migrations: {
    about: 'Schema migrations applied (`drizzle/`), so the app can open and migrate the file.',
    columns: { hash: 'Migration’s hash.' },
  },
};
