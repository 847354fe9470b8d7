import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { SortDir } from './sorts';

// SQL, not the builder: one branch per value, each off a named index (INDEXED BY).

/**
 * A list sorted by a ranked column (a status in lifecycle order), a page at a time: for
 * each value in rank order, its first `upTo` rows newest first, read off the (column, date)
 * index. Only their ids and keys: the caller sorts these few and joins its page's rows;
 * a million rows are never sorted.
 */
export function sidesByValue(
  table: 'aid_packages' | 'sanctions',
  column: string,
  values: readonly string[],
  where: SQL,
  { alias, dir, upTo, index }: { alias: string; dir: SortDir; upTo: number; index?: string },
): SQL {
  const [x, d] = [sql.raw(alias), sql.raw(dir)];
  const indexed = sql.raw(index ? `INDEXED BY ${index}` : '');
  const ranked = dir === 'asc' ? values : [...values].reverse();
  const branches = ranked.map(
    (
      value,
    ) => sql`SELECT * FROM (SELECT ${x}.id, ${x}.${sql.raw(column)}, ${x}.announced_on FROM ${sql.raw(table)} ${x} ${indexed} WHERE ${where} AND ${x}.${sql.raw(column)} = ${value}
      ORDER BY ${x}.announced_on ${d}, ${x}.id ${d} LIMIT ${upTo})`,
  );
  return sql`(${sql.join(branches, sql` UNION ALL `)})`;
}
