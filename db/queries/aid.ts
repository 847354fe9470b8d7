import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../index';
import { AID_CATEGORIES, COMMITTED_AID_STATUSES, UNCOMMITTED_AID_STATUSES, type AidCategory } from '../vocabulary';
import { CITATION_COLUMNS, groupCitations, type CitationDto, type CitationRow } from './citations';
import { aidWhere } from './filters';
import { aidFilterOf, type OverviewFilter } from './overview-filter';

export interface AidTotals {
  /** Whole USD of approved, authorized and delivered packages. */
  committedUsd: number;
  committedCount: number;
  byCategory: { category: AidCategory; usd: number; count: number }[];
  /** Requested or pledged: never added to the committed total. */
  uncommitted: { count: number; unquantifiedCount: number; knownUsd: number };
}

export function getAidTotals(filter: OverviewFilter = {}): AidTotals {
  const db = getDb();
  const rows = db.all<{ category: AidCategory; usd: number; count: number }>(sql`
    SELECT a.category, coalesce(sum(a.amount_usd), 0) AS usd, count(*) AS count
    FROM aid_packages a
    WHERE ${aidWhere(aidFilterOf(filter, { statuses: COMMITTED_AID_STATUSES }))}
    GROUP BY a.category`);
  const byCategory = AID_CATEGORIES.map((category) => {
    const row = rows.find((r) => r.category === category);
    return { category, usd: row?.usd ?? 0, count: row?.count ?? 0 };
  });
  const uncommitted = db.get<AidTotals['uncommitted']>(sql`
    SELECT count(*) AS count,
           count(*) - count(a.amount_usd) AS unquantifiedCount,
           coalesce(sum(a.amount_usd), 0) AS knownUsd
    FROM aid_packages a
    WHERE ${aidWhere(aidFilterOf(filter, { statuses: UNCOMMITTED_AID_STATUSES }))}`);
  return {
    committedUsd: byCategory.reduce((sum, c) => sum + c.usd, 0),
    committedCount: byCategory.reduce((sum, c) => sum + c.count, 0),
    byCategory,
    uncommitted: uncommitted ?? { count: 0, unquantifiedCount: 0, knownUsd: 0 },
  };
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
export function listAidEvidence(kind: 'committed' | 'uncommitted', filter: OverviewFilter = {}, perCategory = 3): AidEvidence[] {
  const statuses = kind === 'committed' ? COMMITTED_AID_STATUSES : UNCOMMITTED_AID_STATUSES;
  const rows = getDb().all<Omit<AidEvidence, 'citations'> & CitationRow>(sql`
    WITH ranked AS (
      SELECT a.*, row_number() OVER (PARTITION BY a.category ORDER BY a.amount_usd DESC, a.id) AS rank
      FROM aid_packages a
      WHERE ${aidWhere(aidFilterOf(filter, { statuses }))}
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
    ORDER BY r.category, r.amount_usd DESC, r.id, c.id`);
  return groupCitations(rows);
}
