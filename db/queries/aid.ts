import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../index';
import { AID_CATEGORIES, COMMITTED_AID_STATUSES, UNCOMMITTED_AID_STATUSES, type AidCategory } from '../vocabulary';
import { CITATION_COLUMNS, groupCitations, type CitationDto, type CitationRow } from './citations';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
const COMMITTED = inList(COMMITTED_AID_STATUSES);
const UNCOMMITTED = inList(UNCOMMITTED_AID_STATUSES);

export interface AidTotals {
  /** Whole USD of approved, authorized and delivered packages. */
  committedUsd: number;
  committedCount: number;
  byCategory: { category: AidCategory; usd: number; count: number }[];
  /** Requested or pledged: never added to the committed total. */
  uncommitted: { count: number; unquantifiedCount: number; knownUsd: number };
}

export function getAidTotals(): AidTotals {
  const db = getDb();
  const rows = db.all<{ category: AidCategory; usd: number; count: number }>(sql`
    SELECT category, coalesce(sum(amount_usd), 0) AS usd, count(*) AS count
    FROM aid_packages
    WHERE retired_at IS NULL AND status IN (${COMMITTED})
    GROUP BY category`);
  const byCategory = AID_CATEGORIES.map((category) => {
    const row = rows.find((r) => r.category === category);
    return { category, usd: row?.usd ?? 0, count: row?.count ?? 0 };
  });
  const uncommitted = db.get<AidTotals['uncommitted']>(sql`
    SELECT count(*) AS count,
           count(*) - count(amount_usd) AS unquantifiedCount,
           coalesce(sum(amount_usd), 0) AS knownUsd
    FROM aid_packages
    WHERE retired_at IS NULL AND status IN (${UNCOMMITTED})`);
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
export function listAidEvidence(kind: 'committed' | 'uncommitted', perCategory = 3): AidEvidence[] {
  const db = getDb();
  const statuses = kind === 'committed' ? COMMITTED : UNCOMMITTED;
  const rows = db.all<Omit<AidEvidence, 'citations'> & CitationRow>(sql`
    WITH ranked AS (
      SELECT a.*, row_number() OVER (PARTITION BY a.category ORDER BY a.amount_usd DESC, a.id) AS rank
      FROM aid_packages a
      WHERE a.retired_at IS NULL AND a.status IN (${statuses})
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
