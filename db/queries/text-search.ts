import { sql, type SQL } from 'drizzle-orm';

// The lists' search box (`q`) on aid packages and sanctions, read off a word index of the
// live rows' title and description (drizzle/0015_text_search.sql) instead of a LIKE
// against every row. Events, sources and parties are small tables and keep LIKE.

/** Each searchable table's word index. */
export const SEARCH_INDEXES = { aid_packages: 'aid_search', sanctions: 'sanctions_search' } as const;
export type SearchableTable = keyof typeof SEARCH_INDEXES;

/** What the index calls a word (FTS5's unicode61: letters, digits, private-use marks). */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/**
 * A search box's text as an FTS5 query, or null when it holds no word. Every word must
 * appear, each as the start of a word, accents and case aside: "leop tank" finds
 * "Leopard 2 tanks", "sanktion" finds "Sanktionen". A one-letter word matches that word
 * alone: as a prefix it would match most rows.
 */
export function matchQuery(q: string): string | null {
  const words = q.normalize('NFC').match(WORD) ?? [];
  return words.length === 0 ? null : words.map((w) => (w.length > 1 ? `"${w}"*` : `"${w}"`)).join(' ');
}

/** Rows of `alias` (a `table` row) whose title or description holds every word of `q`. */
export function textMatch(table: SearchableTable, alias: string, q: string): SQL {
  const query = matchQuery(q);
  if (query === null) return sql`0`;
  const index = sql.raw(SEARCH_INDEXES[table]);
  return sql`${sql.raw(alias)}.id IN (SELECT rowid FROM ${index} WHERE ${index} MATCH ${query})`;
}

/**
 * Above this many matches, a page by date is read off the date index, each row checked
 * against the matches: a common word ("ukraine", 300,000 packages at 1M) then finds its
 * fifty in a few hundred rows instead of sorting all of them (40 ms against 280 ms).
 * Below it, the matches are few enough to sort.
 */
export const DENSE_MATCHES = 5_000;

/** True when a list's filter is a search and nothing else. */
function isSearchOnly<F extends { q?: string }>(filter: F): filter is F & { q: string } {
  return (
    filter.q !== undefined &&
    Object.entries(filter).every(([key, value]) => key === 'q' || value === undefined || (Array.isArray(value) && value.length === 0))
  );
}

/**
 * A list's total when its filter is a search and nothing else: read off the index alone
 * (it holds live rows only). Undefined for any other filter.
 */
export function searchOnlyCountSql(table: SearchableTable, filter: { q?: string }): SQL | undefined {
  if (!isSearchOnly(filter)) return undefined;
  const query = matchQuery(filter.q);
  const index = sql.raw(SEARCH_INDEXES[table]);
  return query === null ? sql`SELECT 0 AS n` : sql`SELECT count(*) AS n FROM ${index} WHERE ${index} MATCH ${query}`;
}

/** True when a page by date of this search walks the date index: a common word, and nothing else. */
export const searchWalksDates = (sort: string, filter: { q?: string }, total: number) =>
  sort === 'date' && isSearchOnly(filter) && total > DENSE_MATCHES;

/** The triggers keeping each index in step with its table: a bulk load drops them and fills the indexes once. */
export const searchTriggerNames = () =>
  Object.values(SEARCH_INDEXES).flatMap((index) => ['insert', 'update', 'delete'].map((op) => `${index}_${op}`));

/** Fills a table's index with its live rows, as the migration does. */
export const fillSearchSql = (table: SearchableTable) =>
  `INSERT INTO ${SEARCH_INDEXES[table]} (rowid, title, description) SELECT id, title, description FROM ${table} WHERE retired_at IS NULL`;
