import type Database from 'better-sqlite3';

type Statement = Database.Statement<unknown[], unknown>;

/**
 * Distinct statements kept per connection: several times the reads the pages make, and
 * bounded, since a dashboard read's compiled statement is large (decision 006).
 */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * Makes `sqlite.prepare` hand back the statement it compiled before for the same SQL.
 * Drizzle prepares every query at every call, and SQLite compiles each one anew: for a
 * dashboard read, compiling is a share of its time worth saving.
 *
 * A statement comes back as new: in its default row mode (callers set pluck/raw right
 * after prepare, as drizzle does). So a statement kept for later (search-match.ts keeps
 * its lookups) must not share its SQL text with a caller setting another mode. One still
 * being iterated is not shared: that caller gets a fresh one. Least recently used
 * statements are dropped past `size`. bind() and safeIntegers() would stick to a shared
 * statement: nothing in this app calls them.
 */
export function cacheStatements(sqlite: Database.Database, size = STATEMENT_CACHE_SIZE): void {
  const prepare = sqlite.prepare.bind(sqlite) as (source: string) => Statement;
  const cache = new Map<string, Statement>();
  sqlite.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      // Map order is the eviction order: a hit moves to the end.
      cache.delete(source);
      cache.set(source, cached);
      // raw(true) then raw(false) leaves any of pluck, expand or raw for plain rows.
      if (cached.reader) cached.raw(true).raw(false);
      return cached;
    }
    const statement = prepare(source);
    if (!cached) {
      cache.set(source, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
    }
    return statement;
  }) as typeof sqlite.prepare;
}
