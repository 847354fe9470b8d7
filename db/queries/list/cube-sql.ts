import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { periodRanges, type PeriodRange } from '../../rollups/periods';
import type { Grain } from '../../rollups/cubes';
import { COMMITTED_AID_STATUSES, UNCOMMITTED_AID_STATUSES } from '../../../domain/vocabulary';
import type { OverviewFilter } from '../overview/overview-filter';

// Reading the rollup tables (db/rollups), in SQL: the triggers keep them, the schema does not
// declare them, and a cube read is a UNION ALL of index ranges. A cube subquery is one UNION ALL branch per
// scope and period range, each an index range, so its cost follows the number of cells
// asked for and not the number of rows behind them.

export type CubeTable =
  | 'aid_rollup'
  | 'aid_flow_rollup'
  | 'aid_party_rollup'
  | 'aid_party_total_rollup'
  | 'sanction_rollup'
  | 'sanction_pair_rollup'
  | 'sanction_party_rollup';

/** The cells of `table` in `ranges` for each scope, as rows to aggregate over. */
export function cubeRows(
  table: CubeTable,
  scopes: SQL[],
  ranges: PeriodRange[],
  where: (SQL | undefined)[] = [],
): SQL {
  const extra = where.filter((w): w is SQL => w !== undefined).map((w) => sql` AND ${w}`);
  const branches = scopes.flatMap((scope) =>
    ranges.map(
      ({ grain, lo, hi }) =>
        sql`SELECT * FROM ${sql.raw(table)} WHERE ${scope} AND grain = ${grain} AND period BETWEEN ${lo} AND ${hi}${sql.join(extra)}`,
    ),
  );
  return branches.length > 0
    ? sql.join(branches, sql` UNION ALL `)
    : sql`SELECT * FROM ${sql.raw(table)} WHERE 0`;
}

/** The filter's date bounds as cube ranges, no coarser than `coarsest`. */
export const rangesOf = (f: OverviewFilter, coarsest?: Grain) => periodRanges(f.from, f.to, coarsest);

/** Role cubes: everyone's cells, or the party's on either side (never both: a party is not its own counterpart). */
export const roleScope = (f: OverviewFilter): SQL[] =>
  f.partyId === undefined
    ? [sql`role = 0 AND party_id = 0`]
    : [sql`role IN (1, 2) AND party_id = ${f.partyId}`];

/** Pair cubes: all pairs, or those with the party on one side (two index ranges). */
export const pairScope = (f: OverviewFilter, from: string, to: string): SQL[] =>
  f.partyId === undefined
    ? [sql`1`]
    : [sql`${sql.raw(from)} = ${f.partyId}`, sql`${sql.raw(to)} = ${f.partyId}`];

export const inList = (column: string, values: readonly string[]) =>
  sql`${sql.raw(column)} IN (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

export const COMMITTED = inList('status', COMMITTED_AID_STATUSES);
export const UNCOMMITTED = inList('status', UNCOMMITTED_AID_STATUSES);
export const categoryIs = (f: OverviewFilter) => (f.category ? sql`category = ${f.category}` : undefined);
export const measureIs = (f: OverviewFilter) => (f.measure ? sql`measure = ${f.measure}` : undefined);
