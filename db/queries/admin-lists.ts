import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '../index';
import { GRAINS, ROLES } from '../rollups/cubes';

// What the editors' lists share: which rows they show, and their totals.

export type RetiredFilter = 'live' | 'retired' | 'all';

export const retiredWhere = (state: RetiredFilter, alias: string) =>
  state === 'all' ? sql`1 = 1` : sql.raw(`${alias}.retired_at IS ${state === 'live' ? '' : 'NOT '}NULL`);

const CUBE_OF = { aid_packages: 'aid_rollup', sanctions: 'sanction_rollup' } as const;

/**
 * An editors' list total without counting a million rows: the live rows are the rollup's
 * all-time cell, the retired ones are read off their own (small) index. A title search
 * still counts its matches.
 */
export function adminTotal(table: keyof typeof CUBE_OF, alias: string, state: RetiredFilter, search: SQL | undefined): number {
  const db = getDb();
  const count = (where: SQL) => db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${sql.raw(table)} ${sql.raw(alias)} WHERE ${where}`)?.n ?? 0;
  if (search) return count(sql`${retiredWhere(state, alias)} AND ${search}`);
  const live = () =>
    db.get<{ n: number }>(sql`
      SELECT coalesce(sum(n), 0) AS n FROM ${sql.raw(CUBE_OF[table])}
      WHERE role = ${ROLES.all} AND grain = ${GRAINS.all} AND party_id = 0 AND period = ''`)?.n ?? 0;
  return (state === 'retired' ? 0 : live()) + (state === 'live' ? 0 : count(retiredWhere('retired', alias)));
}
