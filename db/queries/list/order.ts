import { sql, type SQL } from 'drizzle-orm';
import { AID_STATUSES, SANCTION_STATUSES } from '../../../domain/vocabulary';

// SQL, not the builder: ORDER BY terms that steer SQLite's choice of index (`+column`).

/** SQL ranking a status column in lifecycle order (requested → delivered), for ORDER BY. */
const rank = (values: readonly string[]) => (column: string) =>
  `CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} END`;

export const AID_STATUS_ORDER = rank(AID_STATUSES);
export const SANCTION_STATUS_ORDER = rank(SANCTION_STATUSES);

/**
 * An ORDER BY from its terms ("d.name COLLATE NOCASE", "a.announced_on"), each in `dir`.
 * `sorted` keeps SQLite from reading the rows in that order off an index: each column
 * becomes an expression (`+a.category`), which no index holds, so the filter's own index
 * is read and its rows sorted. For a filter holding few rows, walking an order's index
 * would pass most of the table first (a party with no package, by status).
 */
export function orderBy(terms: string[], dir: string, sorted: boolean): string {
  return terms
    .map((term) => {
      if (!sorted) return `${term} ${dir}`;
      const [expr, collation] = term.split(' COLLATE ');
      return collation ? `(+${expr}) COLLATE ${collation} ${dir}` : `+${expr} ${dir}`;
    })
    .join(', ');
}

/**
 * A page's ids: the rows of `from` matching `where` (none when `from` applied it already),
 * by their keys alone (`order`), to be joined to the rows after.
 */
export function pageIds(
  from: string | SQL,
  alias: string,
  where: SQL | undefined,
  order: SQL,
  { limit, offset }: { limit: number; offset: number },
): SQL {
  const source = typeof from === 'string' ? sql.raw(from) : from;
  return sql`(SELECT ${sql.raw(alias)}.id FROM ${source} ${where ? sql`WHERE ${where}` : sql``} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})`;
}
