import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../index';
import type { SanctionMeasure, SanctionStatus } from '../vocabulary';
import { CITATION_COLUMNS, groupCitations, type CitationDto, type CitationRow } from './citations';

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
  sanctions: SanctionDto[];
}

/** Live sanctions grouped by imposing party, largest sanctioner first. */
export function listSanctionsByImposer(): ImposerSanctions[] {
  const rows = getDb().all<Omit<SanctionDto, 'citations'> & CitationRow & { imposer: string; imposerSlug: string }>(sql`
    SELECT x.id, x.title, x.measure, x.status, x.announced_on AS announcedOn, x.effective_on AS effectiveOn,
           i.name AS imposer, i.slug AS imposerSlug, t.name AS target, t.slug AS targetSlug,
           ${CITATION_COLUMNS}
    FROM sanctions x
    JOIN parties i ON i.id = x.imposing_id
    JOIN parties t ON t.id = x.target_id
    LEFT JOIN citations c ON c.sanction_id = x.id
    LEFT JOIN sources s ON s.id = c.source_id AND s.retired_at IS NULL
    WHERE x.retired_at IS NULL
    ORDER BY i.name, x.status = 'threatened', t.name, x.id, c.id`);

  const groups = new Map<string, ImposerSanctions>();
  for (const { imposer, imposerSlug, ...sanction } of groupCitations(rows)) {
    let group = groups.get(imposerSlug);
    if (!group) {
      group = { imposer, imposerSlug, inForce: 0, targets: 0, sanctions: [] };
      groups.set(imposerSlug, group);
    }
    group.sanctions.push(sanction);
  }
  for (const group of groups.values()) {
    const inForce = group.sanctions.filter((s) => s.status === 'imposed');
    group.inForce = inForce.length;
    group.targets = new Set(inForce.map((s) => s.targetSlug)).size;
  }
  return [...groups.values()].sort((a, b) => b.inForce - a.inForce || a.imposer.localeCompare(b.imposer));
}
