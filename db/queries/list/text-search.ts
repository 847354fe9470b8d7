// The lists' search box (`q`) on aid packages and sanctions, read off a word index of the
// live rows' title and description (drizzle/0015, keyed by date since 0017) instead of a
// LIKE against every row. Events, sources and parties are small tables and keep LIKE.
// What needs the database (expanding words, counting, paging) is in search-match.ts.

/** Each searchable table's word index; `<index>_terms` lists its words (fts5vocab). */
export const SEARCH_INDEXES = { aid_packages: 'aid_search', sanctions: 'sanctions_search' } as const;
export type SearchableTable = keyof typeof SEARCH_INDEXES;

/** What the index calls a word (FTS5's unicode61: letters, digits, private-use marks). */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/** The words of a search box's text, as typed; operators and quotes are words or nothing. */
export const searchWords = (q: string): string[] => q.normalize('NFC').match(WORD) ?? [];

/**
 * A row's key in its word index: (days since 1970-01-01) * 2^32 + id, so the index holds
 * its matches in the lists' date order (announced_on, then id). The migration's triggers
 * compute the same.
 */
export const searchKeySql = (alias: string) =>
  `unixepoch(${alias}.announced_on) / 86400 * 4294967296 + ${alias}.id`;
/** The id in a key: its low 32 bits. */
export const SEARCH_KEY_ID = 'rowid & 4294967295';

/**
 * A search's total is counted up to this many matches, then shown as "more than": an
 * exact count of a common word reads every match, where the first 10,001 cost little.
 * Pages stop there too; the other filters' totals stay exact.
 */
export const SEARCH_COUNT_CAP = 10_000;

/** The triggers keeping each index in step with its table: a bulk load drops them and fills the indexes once. */
export const searchTriggerNames = () =>
  Object.values(SEARCH_INDEXES).flatMap((index) =>
    ['insert', 'update', 'delete'].map((op) => `${index}_${op}`),
  );

/** Fills a table's index with its live rows, as the migration does. */
export const fillSearchSql = (table: SearchableTable) =>
  `INSERT INTO ${SEARCH_INDEXES[table]} (rowid, title, description)
   SELECT ${searchKeySql(table)}, title, description FROM ${table} WHERE retired_at IS NULL`;
