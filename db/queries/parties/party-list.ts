import 'server-only';
import { sql } from 'drizzle-orm';
import { wholeAsOf } from '../asof/as-of';
import { getDb } from '../../index';
import { GRAINS, ROLES } from '../../rollups/cubes';
import { COMMITTED_AID_STATUSES, type PartyKind } from '../../../domain/vocabulary';
import { clampPage, partyWhere, type Page, type PageResult } from '../list/filters';
import type { PartyFilter } from '../list/types';
import type { PartySort, SortDir } from '../list/sorts';

// SQL, not the builder: the list engine's WHERE on aliases (list/filters.ts) and each party's
// figures off the rollups.

export interface PartyRow {
  id: number;
  slug: string;
  name: string;
  kind: PartyKind;
  countryCode: string | null;
  /** Committed aid (approved, authorized, delivered) in whole USD, and how many packages; null when no amount is known. */
  givenUsd: number | null;
  givenCount: number;
  receivedUsd: number | null;
  receivedCount: number;
  /** Sanctions in force (status imposed). */
  imposedCount: number;
  targetedCount: number;
}

export const COMMITTED_SQL = sql.raw(COMMITTED_AID_STATUSES.map((s) => `'${s}'`).join(', '));

// Each party's all-time figures are one cell per side of the rollups (db/rollups): committed
// aid from aid_party_total_rollup, sanctions in force from sanction_party_rollup. Joined to
// every party, so sorting by a figure sorts over all of them, at any number of rows.
const FIGURES = sql`
  aid AS (SELECT role, party_id AS id, n, CASE WHEN usd_n > 0 THEN usd END AS usd FROM aid_party_total_rollup
          WHERE role IN (${ROLES.from}, ${ROLES.to}) AND grain = ${GRAINS.all} AND period = ''),
  inForce AS (SELECT role, party_id AS id, n FROM sanction_party_rollup
              WHERE role IN (${ROLES.from}, ${ROLES.to}) AND grain = ${GRAINS.all} AND period = '' AND status = 'imposed'),
  given AS (SELECT * FROM aid WHERE role = ${ROLES.from}),
  received AS (SELECT * FROM aid WHERE role = ${ROLES.to}),
  imposed AS (SELECT * FROM inForce WHERE role = ${ROLES.from}),
  targeted AS (SELECT * FROM inForce WHERE role = ${ROLES.to})`;

const SORT_SQL: Record<PartySort, string> = {
  name: 'p.name COLLATE NOCASE',
  kind: 'p.kind',
  given: 'coalesce(givenUsd, 0)',
  received: 'coalesce(receivedUsd, 0)',
  imposed: 'imposedCount',
  targeted: 'targetedCount',
};

/** A page of parties; with `filter.asof`, of the list as it stood at the end of that day. */
export function listParties(
  filter: PartyFilter,
  page: Parameters<typeof listPartiesToday>[1],
): PageResult<PartyRow> {
  return wholeAsOf(filter, (f) => listPartiesToday(f, page));
}

function listPartiesToday(
  filter: PartyFilter,
  { sort = 'name', dir = 'asc', ...paging }: Page & { sort?: PartySort; dir?: SortDir },
): PageResult<PartyRow> {
  const db = getDb();
  const where = partyWhere(filter, 'p');
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM parties p WHERE ${where}`)?.n ?? 0;
  const { page, pageCount, offset } = clampPage(paging, total);
  const rows = db.all<PartyRow>(sql`
    WITH ${FIGURES}
    SELECT p.id, p.slug, p.name, p.kind, p.country_code AS countryCode,
           g.usd AS givenUsd, coalesce(g.n, 0) AS givenCount,
           r.usd AS receivedUsd, coalesce(r.n, 0) AS receivedCount,
           coalesce(i.n, 0) AS imposedCount, coalesce(t.n, 0) AS targetedCount
    FROM parties p
    LEFT JOIN given g ON g.id = p.id
    LEFT JOIN received r ON r.id = p.id
    LEFT JOIN imposed i ON i.id = p.id
    LEFT JOIN targeted t ON t.id = p.id
    WHERE ${where}
    ORDER BY ${sql.raw(`${SORT_SQL[sort]} ${dir}, p.name COLLATE NOCASE, p.id`)}
    LIMIT ${paging.pageSize} OFFSET ${offset}`);
  return { rows, total, page, pageCount, pageSize: paging.pageSize };
}
