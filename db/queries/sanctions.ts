import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../index';
import type { SanctionMeasure, SanctionStatus } from '../vocabulary';
import { CITATION_COLUMNS, groupCitations, type CitationDto, type CitationRow } from './citations';
import { sanctionWhere } from './filters';
import { sanctionFilterOf, type OverviewFilter } from './overview-filter';

export interface SanctionTotals {
  /** Sanctions in force: status imposed. */
  inForce: number;
  /** Distinct imposing parties and targets of the sanctions in force. */
  imposers: number;
  targets: number;
  threatened: number;
}

export function getSanctionTotals(filter: OverviewFilter = {}): SanctionTotals {
  const row = getDb().get<SanctionTotals>(sql`
    SELECT coalesce(sum(x.status = 'imposed'), 0) AS inForce,
           count(DISTINCT CASE WHEN x.status = 'imposed' THEN x.imposing_id END) AS imposers,
           count(DISTINCT CASE WHEN x.status = 'imposed' THEN x.target_id END) AS targets,
           coalesce(sum(x.status = 'threatened'), 0) AS threatened
    FROM sanctions x
    WHERE ${sanctionWhere(sanctionFilterOf(filter), 'x')}`);
  return row ?? { inForce: 0, imposers: 0, targets: 0, threatened: 0 };
}

export interface SanctionDto {
  id: number;
  title: string;
  target: string;
  targetSlug: string;
  measure: SanctionMeasure;
  status: SanctionStatus;
  announcedOn: string;
  effectiveOn: string | null;
  citations: CitationDto[];
}

export interface ImposerSanctions {
  imposer: string;
  imposerSlug: string;
  /** Sanctions in force (imposed) and the distinct targets they hit. */
  inForce: number;
  targets: number;
  /** Every live sanction of this imposer under the filter; `sanctions` holds the first few. */
  total: number;
  sanctions: SanctionDto[];
}

type Row = Omit<SanctionDto, 'citations'> &
  CitationRow & { imposer: string; imposerSlug: string; inForce: number; targets: number; total: number };

/**
 * Live sanctions grouped by imposing party, largest sanctioner first: the `imposers`
 * largest, each with its first `perImposer` sanctions (in force first) and their sources.
 */
export function listSanctionsByImposer(filter: OverviewFilter = {}, imposers = 6, perImposer = 6): ImposerSanctions[] {
  const rows = getDb().all<Row>(sql`
    WITH filtered AS (
      SELECT x.* FROM sanctions x WHERE ${sanctionWhere(sanctionFilterOf(filter), 'x')}
    ),
    groups AS (
      SELECT imposing_id, count(*) AS total,
             coalesce(sum(status = 'imposed'), 0) AS inForce,
             count(DISTINCT CASE WHEN status = 'imposed' THEN target_id END) AS targets
      FROM filtered f JOIN parties i ON i.id = f.imposing_id
      GROUP BY imposing_id
      ORDER BY inForce DESC, i.name
      LIMIT ${imposers}
    ),
    ranked AS (
      SELECT f.*, g.total, g.inForce, g.targets,
             row_number() OVER (PARTITION BY f.imposing_id ORDER BY f.status = 'threatened', t.name, f.id) AS rank
      FROM filtered f
      JOIN groups g ON g.imposing_id = f.imposing_id
      JOIN parties t ON t.id = f.target_id
    )
    SELECT x.id, x.title, x.measure, x.status, x.announced_on AS announcedOn, x.effective_on AS effectiveOn,
           x.total, x.inForce, x.targets,
           i.name AS imposer, i.slug AS imposerSlug, t.name AS target, t.slug AS targetSlug,
           ${CITATION_COLUMNS}
    FROM ranked x
    JOIN parties i ON i.id = x.imposing_id
    JOIN parties t ON t.id = x.target_id
    LEFT JOIN citations c ON c.sanction_id = x.id
    LEFT JOIN sources s ON s.id = c.source_id AND s.retired_at IS NULL
    WHERE x.rank <= ${perImposer}
    ORDER BY x.inForce DESC, i.name, x.rank, c.id`);

  const groups = new Map<string, ImposerSanctions>();
  for (const { imposer, imposerSlug, inForce, targets, total, ...sanction } of groupCitations(rows)) {
    let group = groups.get(imposerSlug);
    if (!group) {
      group = { imposer, imposerSlug, inForce, targets, total, sanctions: [] };
      groups.set(imposerSlug, group);
    }
    group.sanctions.push(sanction);
  }
  return [...groups.values()];
}
