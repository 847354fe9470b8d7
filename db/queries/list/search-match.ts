import 'server-only';
import type Database from 'better-sqlite3';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '../../index';
import { walksSortIndex } from './cube-counts';
import type { ReadWindow } from './types';
import {
  SEARCH_COUNT_CAP,
  SEARCH_INDEXES,
  SEARCH_KEY_ID,
  searchWords,
  type SearchableTable,
} from './text-search';

// A search as the word indexes answer it: the words expanded into the index's own words,
// a total counted up to SEARCH_COUNT_CAP, and a page by date read straight off the index
// (its keys are in date order, see text-search.ts). SQL and statements prepared once per
// connection, not the builder: FTS5's MATCH and vocabulary tables are outside the schema, and
// the lookups run for every word of every search.

/** A word start beginning more words than this is left to the index's own prefix query. */
const MAX_TERMS = 32;

interface Lookups {
  fold: Database.Statement;
  terms: Record<SearchableTable, Database.Statement>;
  version: Database.Statement;
  /** Expanded searches, good while nothing is written (`seen` is the write counter they were made at). */
  memo: Map<string, string | null>;
  seen: string;
}
const lookups = new WeakMap<Database.Database, Lookups>();

function lookupsOf(client: Database.Database): Lookups {
  let found = lookups.get(client);
  if (!found) {
    const terms = (table: SearchableTable) =>
      client
        .prepare(`SELECT term FROM ${SEARCH_INDEXES[table]}_terms WHERE term >= ? AND term < ? LIMIT 1`)
        .pluck();
    found = {
      fold: client.prepare('SELECT token FROM search_words WHERE input = ?').pluck(),
      terms: { aid_packages: terms('aid_packages'), sanctions: terms('sanctions') },
      // Another connection's commit moves data_version, this one's moves total_changes().
      version: client
        .prepare(`SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes()`)
        .pluck(),
      memo: new Map(),
      seen: '',
    };
    lookups.set(client, found);
  }
  return found;
}

const quoted = (term: string) => `"${term.replaceAll('"', '""')}"`;

/**
 * The index's words beginning with `start` (as the index folds words), at most MAX_TERMS + 1:
 * one seek each. "term >= next" seeks; "term > previous" would pass every entry of the
 * previous word first.
 */
function wordsStarting(statement: Database.Statement, start: string): string[] {
  const end = `${start}\u{10FFFF}`;
  const found: string[] = [];
  let term = statement.get(start, end) as string | undefined;
  while (term !== undefined && found.length <= MAX_TERMS) {
    found.push(term);
    term = statement.get(`${term}\u0001`, end) as string | undefined;
  }
  return found;
}

/**
 * A search box's text as an FTS5 query, or null when it holds no word. Every word must appear, each as the start
 * of a word, accents and case aside: "leop tank" finds "Leopard 2 tanks", "sanktion" finds
 * "Sanktionen". A one-letter word matches that word alone: as a start it would match most
 * rows. Each word start is expanded into the words it begins ("freez" → "freeze" OR
 * "freezes"), which the index reads in step, in key order: its own prefix query gathers
 * every match of every such word first.
 */
export function searchMatch(table: SearchableTable, q: string): string | null {
  const found = lookupsOf(getDb().$client);
  const version = found.version.get() as string;
  if (version !== found.seen) {
    found.memo.clear();
    found.seen = version;
  }
  const key = `${table}\u0000${q}`;
  if (found.memo.has(key)) return found.memo.get(key) ?? null;
  const match = expand(found, table, q);
  if (found.memo.size > 200) found.memo.clear();
  found.memo.set(key, match);
  return match;
}

function expand(found: Lookups, table: SearchableTable, q: string): string | null {
  const words = searchWords(q);
  if (words.length === 0) return null;
  const parts: string[] = [];
  for (const word of words) {
    const folded = found.fold.all(word) as string[];
    // A word the tokenizer splits or drops: the index's own prefix query, as typed.
    if (folded.length !== 1) {
      parts.push(`${quoted(word)}*`);
      continue;
    }
    const [token] = folded as [string];
    if ([...token].length === 1) {
      parts.push(quoted(token));
      continue;
    }
    // None found, or too many: the index's own prefix query, which folds the word itself
    // (it finds nothing at once where there is nothing).
    const terms = wordsStarting(found.terms[table], token);
    parts.push(
      terms.length === 0 || terms.length > MAX_TERMS
        ? `${quoted(word)}*`
        : `(${terms.map(quoted).join(' OR ')})`,
    );
  }
  return parts.join(' AND ');
}

/**
 * Rows of `alias` (a `table` row) whose title or description holds every word of `q`.
 * With other filters (`narrowed`), the matches are a set each of their rows is checked
 * against (`+id`: not where SQLite starts), since otherwise it may start from the matches
 * and read every one's row (a common word and one donor). A
 * search alone (or with a period) starts from its matches.
 */
export function textMatch(table: SearchableTable, alias: string, q: string, narrowed: boolean): SQL {
  const match = searchMatch(table, q);
  if (match === null) return sql`0`;
  const index = sql.raw(SEARCH_INDEXES[table]);
  return sql`${sql.raw(`${narrowed ? '+' : ''}${alias}`)}.id IN (SELECT ${sql.raw(SEARCH_KEY_ID)} FROM ${index} WHERE ${index} MATCH ${match})`;
}

/** A filter that is a search and at most a period: read off the word index alone. */
export interface SearchOnly {
  q: string;
  from?: string;
  to?: string;
}
export function searchOnly<F extends { q?: string; from?: string; to?: string }>(
  filter: F,
): SearchOnly | undefined {
  const { q, from, to, ...rest } = filter;
  const others = Object.values(rest).some(
    (value) => value !== undefined && !(Array.isArray(value) && value.length === 0),
  );
  return q === undefined || others ? undefined : { q, from, to };
}

/** The index's entries of the search: its words, within its period (keys begin with the day). */
function entries(table: SearchableTable, search: SearchOnly, match: string): SQL {
  const index = sql.raw(SEARCH_INDEXES[table]);
  return sql.join(
    [
      sql`${index} MATCH ${match}`,
      search.from ? sql`rowid >= unixepoch(${search.from}) / 86400 * 4294967296` : undefined,
      search.to ? sql`rowid < (unixepoch(${search.to}) / 86400 + 1) * 4294967296` : undefined,
    ].filter((part): part is SQL => part !== undefined),
    sql` AND `,
  );
}

/** A capped total: the count up to SEARCH_COUNT_CAP, and whether there were more. */
export interface SearchTotal {
  total: number;
  capped: boolean;
}

/**
 * A search with other filters holding many rows, walked off the word index in key (date)
 * order, each match's row checked against `rest` (those filters): a page by date or a
 * capped count then reads a few matches more than it needs, instead of gathering every
 * match of a common word and sorting them. A filter holding few rows reads its rows
 * instead (`where`).
 */
const walked = (table: SearchableTable, alias: string, match: string, rest: SQL) => {
  const index = sql.raw(SEARCH_INDEXES[table]);
  const a = sql.raw(alias);
  return sql`${index} m CROSS JOIN ${sql.raw(table)} ${a} ON ${a}.id = (m.${sql.raw(SEARCH_KEY_ID)}) WHERE m.${index} MATCH ${match} AND ${rest}`;
};

/**
 * The filters besides a search, as `where` gives them, when they hold many rows (by the
 * cube's `count`, see walksSortIndex): the search is then walked with them (see walked).
 * Undefined without a search, or when they are rare or the cube cannot count them.
 */
export function walkedRest<F extends { q?: string }>(
  table: SearchableTable,
  filter: F,
  count: (others: F) => number | undefined,
  where: (others: F) => SQL,
): SQL | undefined {
  if (filter.q === undefined) return undefined;
  const others = { ...filter, q: undefined };
  const n = count(others);
  return n !== undefined && walksSortIndex(table, n) ? where(others) : undefined;
}

/**
 * A search's total, counted up to SEARCH_COUNT_CAP: off the index alone for a search and a
 * period, walked with `rest` (see walked), else off the rows of `table` (as `alias`)
 * matching `where`.
 */
export function countSearch(
  table: SearchableTable,
  filter: { q?: string; from?: string; to?: string },
  { where, alias, rest }: { where: SQL; alias: string; rest?: SQL },
  cap = SEARCH_COUNT_CAP,
): SearchTotal {
  const search = searchOnly(filter);
  const match = filter.q === undefined ? null : searchMatch(table, filter.q);
  if (match === null) return { total: 0, capped: false };
  const rows = search
    ? sql`SELECT 1 FROM ${sql.raw(SEARCH_INDEXES[table])} WHERE ${entries(table, search, match)}`
    : rest
      ? sql`SELECT 1 FROM ${walked(table, alias, match, rest)}`
      : sql`SELECT 1 FROM ${sql.raw(table)} ${sql.raw(alias)} WHERE ${where}`;
  const n = getDb().get<{ n: number }>(sql`SELECT count(*) AS n FROM (${rows} LIMIT ${cap + 1})`)?.n ?? 0;
  return { total: Math.min(n, cap), capped: n > cap };
}

/**
 * A page of a search by date: the ids straight off the index in key order, newest or
 * oldest first, for a search and a period; with `rest`, walked (see walked). The rows
 * before the page are passed, never sorted.
 */
export function searchDatePage(
  table: SearchableTable,
  filter: { q?: string; from?: string; to?: string },
  { alias, rest }: { alias: string; rest?: SQL },
  { dir, limit, offset }: ReadWindow,
): SQL {
  const search = searchOnly(filter);
  const match = (filter.q !== undefined && searchMatch(table, filter.q)) || '""';
  const rows = search
    ? sql`SELECT ${sql.raw(SEARCH_KEY_ID)} AS id FROM ${sql.raw(SEARCH_INDEXES[table])} WHERE ${entries(table, search, match)} ORDER BY rowid`
    : sql`SELECT ${sql.raw(alias)}.id FROM ${walked(table, alias, match, rest ?? sql`1`)} ORDER BY m.rowid`;
  return sql`(${rows} ${sql.raw(dir)} LIMIT ${limit} OFFSET ${offset})`;
}
