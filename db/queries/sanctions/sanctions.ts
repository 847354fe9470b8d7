import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../../index';
import { GRAINS } from '../../rollups/cubes';
import type { SanctionMeasure, SanctionStatus } from '../../../domain/vocabulary';
import { CITATION_COLUMNS, groupCitations, type CitationDto, type CitationRow } from '../sources/citations';
import { cubeRows, measureIs, rangesOf, roleScope } from '../list/cube-sql';
import { sanctionWhere } from '../list/filters';
import { countsBySide } from './overview-sanctions';
import { sanctionFilterOf, type OverviewFilter } from '../overview/overview-filter';
import { overviewAsOf } from '../asof/as-of';

// SQL, not the builder: the totals are read off the rollups (list/cube-sql.ts), the lists
// per imposer off the list engine's WHERE on aliases (list/filters.ts).

export interface SanctionTotals {
  /** Sanctions in force: status imposed. */
  inForce: number;
  /** Distinct imposing parties and targets of the sanctions in force. */
  imposers: number;
  targets: number;
  threatened: number;
}

function getSanctionTotalsToday(filter: OverviewFilter = {}): SanctionTotals {
  const db = getDb();
  const cells = cubeRows('sanction_rollup', roleScope(filter), rangesOf(filter), [measureIs(filter)]);
  const counts = db.get<{ inForce: number; threatened: number }>(sql`
    SELECT coalesce(sum(CASE status WHEN 'imposed' THEN n END), 0) AS inForce,
           coalesce(sum(CASE status WHEN 'threatened' THEN n END), 0) AS threatened
    FROM (${cells})`);
  const distinct = (side: 'imposing_id' | 'target_id') =>
    sql`(SELECT count(DISTINCT party_id) FROM (${countsBySide(filter, side)}) WHERE status = 'imposed')`;
  const parties = db.get<{ imposers: number; targets: number }>(
    sql`SELECT ${distinct('imposing_id')} AS imposers, ${distinct('target_id')} AS targets`,
  );
  return {
    inForce: counts?.inForce ?? 0,
    imposers: parties?.imposers ?? 0,
    targets: parties?.targets ?? 0,
    threatened: counts?.threatened ?? 0,
  };
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

/**
 * Live sanctions grouped by imposing party, largest sanctioner first: the `imposers`
 * largest, each with its newest `perImposer` sanctions (threats last) and their sources.
 */
function listSanctionsByImposerToday(
  filter: OverviewFilter = {},
  imposers = 6,
  perImposer = 4,
): ImposerSanctions[] {
  const db = getDb();
  const top = db.all<{
    id: number;
    imposer: string;
    imposerSlug: string;
    total: number;
    inForce: number;
  }>(sql`
    SELECT p.id, p.name AS imposer, p.slug AS imposerSlug, sum(c.n) AS total,
           coalesce(sum(CASE c.status WHEN 'imposed' THEN c.n END), 0) AS inForce
    FROM (${countsBySide(filter, 'imposing_id')}) c JOIN parties p ON p.id = c.party_id
    GROUP BY p.id ORDER BY inForce DESC, p.name LIMIT ${imposers}`);
  const targetsOf = countTargetsInForce(
    top.map((t) => t.id),
    filter,
  );
  return top.map(({ id, ...group }) => {
    // This imposer's sanctions under the filter: with a party, those on it (or all, if it is the party).
    const scope = {
      imposingId: id,
      targetId: filter.partyId === undefined || filter.partyId === id ? undefined : filter.partyId,
    };
    const targets = targetsOf.get(id) ?? 0;
    const where = (threats: boolean) =>
      sql`${sanctionWhere({ ...sanctionFilterOf(filter), partyId: undefined, ...scope }, 'x')} AND (x.status = 'threatened') = ${threats ? 1 : 0}`;
    // In force and other sanctions newest first, then threats: each branch walks the imposer's date index.
    const rows = db.all<Omit<SanctionDto, 'citations'> & CitationRow>(sql`
      WITH firsts AS (
        SELECT * FROM (SELECT x.*, 0 AS threat FROM sanctions x WHERE ${where(false)} ORDER BY x.announced_on DESC, x.id DESC LIMIT ${perImposer})
        UNION ALL
        SELECT * FROM (SELECT x.*, 1 AS threat FROM sanctions x WHERE ${where(true)} ORDER BY x.announced_on DESC, x.id DESC LIMIT ${perImposer})
        ORDER BY threat, announced_on DESC, id DESC LIMIT ${perImposer}
      )
      SELECT x.id, x.title, x.measure, x.status, x.announced_on AS announcedOn, x.effective_on AS effectiveOn,
             t.name AS target, t.slug AS targetSlug,
             ${CITATION_COLUMNS}
      FROM firsts x
      JOIN parties t ON t.id = x.target_id
      LEFT JOIN citations c ON c.sanction_id = x.id
      LEFT JOIN sources s ON s.id = c.source_id AND s.retired_at IS NULL
      ORDER BY x.threat, x.announced_on DESC, x.id DESC, c.id`);
    return { ...group, targets, sanctions: groupCitations(rows) };
  });
}

/**
 * Each imposer's distinct targets of sanctions in force under the filter (with a party, only
 * that party, unless it is the imposer): the targets it ever had in force, each kept if one
 * of the filter's periods holds such a cell. Every test is an index probe
 * (sanction_pair_rollup_imposer_target_idx), where summing the range's cells read every
 * pair cell of an imposer's busy months; one statement for all the imposers.
 */
function countTargetsInForce(imposerIds: number[], filter: OverviewFilter): Map<number, number> {
  const measure = measureIs(filter);
  const extra = measure ? sql` AND ${measure}` : sql``;
  // Coarsest ranges first: a target in force is mostly found by its first probe (the
  // months), and the edge days are asked only about the rest.
  const within = [...rangesOf(filter)]
    .sort((a, b) => a.grain - b.grain)
    .map(
      ({ grain, lo, hi }) =>
        sql`EXISTS (SELECT 1 FROM sanction_pair_rollup p WHERE p.imposing_id = t.imposing_id AND p.status = 'imposed' AND p.target_id = t.target_id AND p.grain = ${grain} AND p.period BETWEEN ${lo} AND ${hi}${extra})`,
    );
  if (within.length === 0 || imposerIds.length === 0) return new Map();
  const party = filter.partyId;
  const onParty = party === undefined ? sql`` : sql` AND (imposing_id = ${party} OR target_id = ${party})`;
  const rows = getDb().all<{ id: number; n: number }>(sql`
    SELECT t.imposing_id AS id, count(*) AS n FROM (
      SELECT DISTINCT imposing_id, target_id FROM sanction_pair_rollup
      WHERE imposing_id IN (${sql.join(
        imposerIds.map((id) => sql`${id}`),
        sql`, `,
      )}) AND status = 'imposed' AND grain = ${GRAINS.all}${onParty}
    ) t
    WHERE ${sql.join(within, sql` OR `)}
    GROUP BY t.imposing_id`);
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** Today's, or as it stood at the end of `filter.asof` when that is set. */
export const getSanctionTotals = overviewAsOf(getSanctionTotalsToday);

/** Today's, or as it stood at the end of `filter.asof` when that is set. */
export const listSanctionsByImposer = overviewAsOf(listSanctionsByImposerToday);
