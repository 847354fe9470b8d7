import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '../../index';
import {
  AID_CATEGORIES,
  COMMITTED_AID_STATUSES,
  UNCOMMITTED_AID_STATUSES,
  type AidCategory,
} from '../../../domain/vocabulary';
import { categoryIs, COMMITTED, cubeRows, rangesOf, roleScope, UNCOMMITTED } from '../list/cube-sql';
import { CITATION_COLUMNS, groupCitations, type CitationDto, type CitationRow } from '../sources/citations';
import { aidWhere } from '../list/filters';
import type { AidFilter } from '../list/types';
import { aidFilterOf, type OverviewFilter } from '../overview/overview-filter';
import { overviewAsOf } from '../asof/as-of';

// SQL, not the builder: the totals are read off the rollups (list/cube-sql.ts), the evidence
// off named indexes (INDEXED BY).

export interface AidTotals {
  /** Whole USD of approved, authorized and delivered packages. */
  committedUsd: number;
  committedCount: number;
  byCategory: { category: AidCategory; usd: number; count: number }[];
  /** Requested or pledged: never added to the committed total. */
  uncommitted: { count: number; unquantifiedCount: number; knownUsd: number };
}

function getAidTotalsToday(filter: OverviewFilter = {}): AidTotals {
  const db = getDb();
  const cells = (status: SQL) =>
    cubeRows('aid_rollup', roleScope(filter), rangesOf(filter), [status, categoryIs(filter)]);
  const rows = db.all<{ category: AidCategory; usd: number; count: number }>(sql`
    SELECT category, sum(usd) AS usd, sum(n) AS count FROM (${cells(COMMITTED)}) GROUP BY category`);
  const byCategory = AID_CATEGORIES.map((category) => {
    const row = rows.find((r) => r.category === category);
    return { category, usd: row?.usd ?? 0, count: row?.count ?? 0 };
  });
  const uncommitted = db.get<AidTotals['uncommitted']>(sql`
    SELECT coalesce(sum(n), 0) AS count, coalesce(sum(n) - sum(usd_n), 0) AS unquantifiedCount, coalesce(sum(usd), 0) AS knownUsd
    FROM (${cells(UNCOMMITTED)})`);
  return {
    committedUsd: byCategory.reduce((sum, c) => sum + c.usd, 0),
    committedCount: byCategory.reduce((sum, c) => sum + c.count, 0),
    byCategory,
    uncommitted: uncommitted ?? { count: 0, unquantifiedCount: 0, knownUsd: 0 },
  };
}

/** Below this many packages of a category in the filter's period, they are read and sorted. */
const FEW_ROWS = 5_000;

/**
 * Per category, from the cube: the packages the filter and `status` hold, and all the
 * live packages of the filter's period (and party), whatever their status.
 */
function categoryCounts(
  filter: OverviewFilter,
  status: SQL,
): Map<AidCategory, { matching: number; inRange: number }> {
  const rows = getDb().all<{ category: AidCategory; matching: number; inRange: number }>(sql`
    SELECT category, sum(CASE WHEN ${status} THEN n ELSE 0 END) AS matching, sum(n) AS inRange
    FROM (${cubeRows('aid_rollup', roleScope(filter), rangesOf(filter), [categoryIs(filter)])}) GROUP BY category`);
  return new Map(rows.map(({ category, ...n }) => [category, n]));
}

export interface AidEvidence {
  id: number;
  title: string;
  category: AidCategory;
  status: string;
  amountUsd: number | null;
  donor: string;
  recipient: string;
  announcedOn: string;
  citations: CitationDto[];
}

/**
 * The largest packages behind each headline figure, with their sources, so every figure
 * on the overview can be traced. `kind` picks committed or still-uncommitted packages.
 */
function listAidEvidenceToday(
  kind: 'committed' | 'uncommitted',
  filter: OverviewFilter = {},
  perCategory = 3,
  /** Tests lower it to take the other read on a small file. */
  fewRows = FEW_ROWS,
): AidEvidence[] {
  const statuses = kind === 'committed' ? COMMITTED_AID_STATUSES : UNCOMMITTED_AID_STATUSES;
  const counts = categoryCounts(filter, kind === 'committed' ? COMMITTED : UNCOMMITTED);
  // The largest first, straight off an amount index (per side for a party), so only a
  // few rows are read whatever the table size. That walk stops once it has found them:
  // for a category with few packages in the filter (a month of 2014, say) it would pass
  // most of the table first, so those few are read off the category's
  // date index and sorted instead, and a category with none is not read at all.
  const sides: [string, AidFilter][] =
    filter.partyId === undefined
      ? [['aid_amount_idx', {}]]
      : [
          ['aid_donor_amount_idx', { partyId: undefined, donorId: filter.partyId }],
          ['aid_recipient_amount_idx', { partyId: undefined, recipientId: filter.partyId }],
        ];
  const candidates = (filter.category ? [filter.category] : AID_CATEGORIES).flatMap((category) => {
    const { matching, inRange } = counts.get(category) ?? { matching: 0, inRange: 0 };
    if (matching === 0) return [];
    const few = filter.partyId === undefined && inRange <= fewRows;
    return (few ? ([['aid_category_idx', {}]] as [string, AidFilter][]) : sides).map(
      ([index, side]) => sql`SELECT * FROM (
        SELECT a.* FROM aid_packages a INDEXED BY ${sql.raw(index)}
        WHERE ${aidWhere(aidFilterOf(filter, { statuses, ...side, category }))}
        ORDER BY a.amount_usd DESC, a.id DESC LIMIT ${perCategory})`,
    );
  });
  if (candidates.length === 0) return [];
  const rows = getDb().all<Omit<AidEvidence, 'citations'> & CitationRow>(sql`
    WITH ranked AS (
      SELECT a.*, row_number() OVER (PARTITION BY a.category ORDER BY a.amount_usd DESC, a.id DESC) AS rank
      FROM (${sql.join(candidates, sql` UNION ALL `)}) a
    )
    SELECT r.id, r.title, r.category, r.status, r.amount_usd AS amountUsd, r.announced_on AS announcedOn,
           d.name AS donor, p.name AS recipient,
           ${CITATION_COLUMNS}
    FROM ranked r
    JOIN parties d ON d.id = r.donor_id
    JOIN parties p ON p.id = r.recipient_id
    LEFT JOIN citations c ON c.aid_package_id = r.id
    LEFT JOIN sources s ON s.id = c.source_id AND s.retired_at IS NULL
    WHERE r.rank <= ${perCategory}
    ORDER BY r.category, r.amount_usd DESC, r.id DESC, c.id`);
  return groupCitations(rows);
}

/** Today's, or as it stood at the end of `filter.asof` when that is set. */
export const getAidTotals = overviewAsOf(getAidTotalsToday);

/** Today's, or as it stood at the end of `filter.asof` when that is set. */
export const listAidEvidence = overviewAsOf(listAidEvidenceToday, 1);
