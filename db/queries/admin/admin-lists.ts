import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '../../index';
import { countAidFromCube, countSanctionsFromCube } from '../list/cube-counts';
import { clampPage, readWindow, type Page } from '../list/filters';

// What the editors' lists share: which rows they show, and their totals. SQL, not the
// builder: the lists walk the last-edited index from either end, a plan written on aliases.

export type RetiredFilter = 'live' | 'retired' | 'all';

export const retiredWhere = (state: RetiredFilter, alias: string) =>
  state === 'all' ? sql`1 = 1` : sql.raw(`${alias}.retired_at IS ${state === 'live' ? '' : 'NOT '}NULL`);

/** Live rows without a filter, as the public lists count them: the rollups' all-time cell. */
const LIVE_COUNT = { aid_packages: () => countAidFromCube({}), sanctions: () => countSanctionsFromCube({}) };

/**
 * An editors' list total without counting a million rows: the live rows come from the
 * rollups, the retired ones are read off their own (small) index. A title search still
 * counts its matches.
 */
export function adminTotal(
  table: keyof typeof LIVE_COUNT,
  alias: string,
  state: RetiredFilter,
  search: SQL | undefined,
): number {
  const count = (where: SQL) =>
    getDb().get<{ n: number }>(
      sql`SELECT count(*) AS n FROM ${sql.raw(table)} ${sql.raw(alias)} WHERE ${where}`,
    )?.n ?? 0;
  if (search) return count(sql`${retiredWhere(state, alias)} AND ${search}`);
  return (
    (state === 'retired' ? 0 : (LIVE_COUNT[table]() ?? 0)) +
    (state === 'live' ? 0 : count(retiredWhere('retired', alias)))
  );
}

/**
 * An editors' list page, last edited first: its ORDER BY and LIMIT, and the rows put in
 * order. A page nearer the end of the list is read from there (readWindow): the oldest
 * edits of a million packages cost what the newest do.
 */
export function lastEditedPage(alias: string, paging: Page, total: number) {
  const { page, pageCount, offset } = clampPage(paging, total);
  const { dir, limit, offset: skip, fromEnd } = readWindow(offset, paging.pageSize, total, 'desc');
  return {
    page,
    pageCount,
    orderAndLimit: sql.raw(
      `ORDER BY ${alias}.updated_at ${dir}, ${alias}.id ${dir} LIMIT ${limit} OFFSET ${skip}`,
    ),
    inOrder: <T>(rows: T[]) => (fromEnd ? rows.reverse() : rows),
  };
}
