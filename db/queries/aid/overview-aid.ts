import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../../index';
import { AID_CATEGORIES, AID_STATUSES, type AidCategory, type AidStatus } from '../../../domain/vocabulary';
import { GRAINS, ROLES } from '../../rollups/cubes';
import { categoryIs, COMMITTED, cubeRows, pairScope, rangesOf, roleScope } from '../list/cube-sql';
import { eventWhere } from '../list/filters';
import { eventFilterOf, type OverviewFilter } from '../overview/overview-filter';
import { overviewAsOf } from '../asof/as-of';

// Aggregates behind the overview's aid charts. Each returns few rows whatever the table
// size: the grouping happens here, not in the browser. SQL, not the builder: they read the
// rollups (list/cube-sql.ts) and the date indexes' ends.

/** A party on a chart; null slug for the "others" group. */
export interface ChartParty {
  slug: string | null;
  name: string;
}

export interface DonorAid extends ChartParty {
  byCategory: Record<AidCategory, number>;
  usd: number;
  count: number;
}

/** Committed aid per donor and category: the `top` largest donors, the rest as one group. */
function listAidByDonorToday(filter: OverviewFilter, top = 8): { donors: DonorAid[]; othersCount: number } {
  // With a party, the donors of the flows it is part of; without, every donor's own cells
  // of the filter's periods (committed aid per party, read date first).
  const cells =
    filter.partyId === undefined
      ? sql`SELECT party_id AS donor_id, category, usd, n FROM (${cubeRows('aid_party_rollup', [sql`role = ${ROLES.from}`], rangesOf(filter), [categoryIs(filter)])})`
      : cubeRows('aid_flow_rollup', pairScope(filter, 'donor_id', 'recipient_id'), rangesOf(filter), [
          categoryIs(filter),
        ]);
  const rows = getDb().all<{
    slug: string;
    name: string;
    category: AidCategory;
    usd: number;
    count: number;
  }>(sql`
    SELECT d.slug, d.name, f.category, f.usd, f.count
    FROM (SELECT donor_id, category, sum(usd) AS usd, sum(n) AS count FROM (${cells}) GROUP BY donor_id, category) f
    JOIN parties d ON d.id = f.donor_id`);
  const bySlug = new Map<string, DonorAid>();
  for (const r of rows) {
    const donor = bySlug.get(r.slug) ?? {
      slug: r.slug,
      name: r.name,
      byCategory: zeroCategories(),
      usd: 0,
      count: 0,
    };
    donor.byCategory[r.category] += r.usd;
    donor.usd += r.usd;
    donor.count += r.count;
    bySlug.set(r.slug, donor);
  }
  const sorted = [...bySlug.values()].sort((a, b) => b.usd - a.usd || a.name.localeCompare(b.name));
  if (sorted.length <= top + 1) return { donors: sorted, othersCount: 0 };
  const rest = sorted.slice(top);
  const others: DonorAid = {
    slug: null,
    name: `${rest.length} other donors`,
    byCategory: zeroCategories(),
    usd: 0,
    count: 0,
  };
  for (const d of rest) {
    for (const c of AID_CATEGORIES) others.byCategory[c] += d.byCategory[c];
    others.usd += d.usd;
    others.count += d.count;
  }
  return { donors: [...sorted.slice(0, top), others], othersCount: rest.length };
}

const zeroCategories = (): Record<AidCategory, number> => ({ humanitarian: 0, military: 0, economic: 0 });

export interface AidStatusCount {
  status: AidStatus;
  count: number;
  /** Sum of the amounts that are known; `unquantified` packages have none. */
  knownUsd: number;
  unquantified: number;
}

/** Every package by status, in lifecycle order (requested → delivered, then denied, cancelled). */
function listAidByStatusToday(filter: OverviewFilter): AidStatusCount[] {
  const cells = cubeRows('aid_rollup', roleScope(filter), rangesOf(filter), [categoryIs(filter)]);
  const rows = getDb().all<AidStatusCount>(sql`
    SELECT status, sum(n) AS count, sum(usd) AS knownUsd, sum(n) - sum(usd_n) AS unquantified
    FROM (${cells}) GROUP BY status`);
  return AID_STATUSES.map(
    (status) => rows.find((r) => r.status === status) ?? { status, count: 0, knownUsd: 0, unquantified: 0 },
  );
}

export interface CumulativePoint {
  /** First day of the period: the day itself, or the 1st of the month when binned by month. */
  date: string;
  usd: number;
  cumulativeUsd: number;
}

export const MAX_CHART_POINTS = 1000;

/** Committed aid summed over time, by day; by month when there are too many days to plot. */
function listCumulativeAidToday(filter: OverviewFilter): {
  bin: 'day' | 'month';
  points: CumulativePoint[];
} {
  const span = dataSpan(filter);
  if (!span) return { bin: 'day', points: [] };
  const bin = daysBetween(span.first, span.last) >= MAX_CHART_POINTS ? 'month' : 'day';
  const ranges =
    bin === 'day' ? [{ grain: GRAINS.day, lo: span.first, hi: span.last }] : rangesOf(filter, GRAINS.month);
  const cells = cubeRows('aid_rollup', roleScope(filter), ranges, [COMMITTED, categoryIs(filter)]);
  const periods = getDb().all<{ date: string; usd: number }>(sql`
    SELECT ${bin === 'day' ? sql`period` : sql`substr(period, 1, 7) || '-01'`} AS date, sum(usd) AS usd
    FROM (${cells}) GROUP BY 1 ORDER BY 1`);
  let running = 0;
  return { bin, points: periods.map((p) => ({ ...p, cumulativeUsd: (running += p.usd) })) };
}

/** First and last day with live aid under the filter, read off the date indexes' ends. */
function dataSpan(filter: OverviewFilter): { first: string; last: string } | undefined {
  const sides =
    filter.partyId === undefined
      ? [sql`1`]
      : [sql`donor_id = ${filter.partyId}`, sql`recipient_id = ${filter.partyId}`];
  const ends = sides.map(
    (
      side,
    ) => sql`SELECT (SELECT min(announced_on) FROM aid_packages WHERE retired_at IS NULL AND ${side}) AS first,
                         (SELECT max(announced_on) FROM aid_packages WHERE retired_at IS NULL AND ${side}) AS last`,
  );
  const row = getDb().get<{ first: string | null; last: string | null }>(
    sql`SELECT min(first) AS first, max(last) AS last FROM (${sql.join(ends, sql` UNION ALL `)})`,
  );
  const first = [row?.first, filter.from].filter(Boolean).sort().at(-1);
  const last = [row?.last, filter.to].filter(Boolean).sort()[0];
  return first && last && first <= last ? { first, last } : undefined;
}

const daysBetween = (first: string, last: string) => (Date.parse(last) - Date.parse(first)) / 86_400_000;

export interface EventMarker {
  date: string;
  events: { id: number; title: string }[];
}

/** The newest events (at most `limit` dates) to mark on a time chart, oldest first. */
function listEventMarkersToday(filter: OverviewFilter, limit = 10): EventMarker[] {
  const rows = getDb().all<{ id: number; title: string; date: string }>(sql`
    WITH dates AS (
      SELECT DISTINCT e.occurred_on AS date FROM events e WHERE ${eventWhere(eventFilterOf(filter))}
      ORDER BY e.occurred_on DESC LIMIT ${limit}
    )
    SELECT e.id, e.title, e.occurred_on AS date
    FROM events e JOIN dates ON dates.date = e.occurred_on
    WHERE ${eventWhere(eventFilterOf(filter))}
    ORDER BY e.occurred_on, e.id`);
  const markers: EventMarker[] = [];
  for (const { id, title, date } of rows) {
    const last = markers.at(-1);
    if (last?.date === date) last.events.push({ id, title });
    else markers.push({ date, events: [{ id, title }] });
  }
  return markers;
}

/** Today's, or as it stood at the end of `filter.asof` when that is set. */
export const listAidByDonor = overviewAsOf(listAidByDonorToday);

/** Today's, or as it stood at the end of `filter.asof` when that is set. */
export const listAidByStatus = overviewAsOf(listAidByStatusToday);

/** Today's, or as it stood at the end of `filter.asof` when that is set. */
export const listCumulativeAid = overviewAsOf(listCumulativeAidToday);

/** Today's, or as it stood at the end of `filter.asof` when that is set. */
export const listEventMarkers = overviewAsOf(listEventMarkersToday);
