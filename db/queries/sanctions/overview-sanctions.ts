import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '../../index';
import {
  PARTY_KINDS,
  SANCTION_MEASURES,
  SANCTION_STATUSES,
  type PartyKind,
  type SanctionMeasure,
  type SanctionStatus,
} from '../../../domain/vocabulary';
import { GRAINS, ROLES } from '../../rollups/cubes';
import { cubeRows, measureIs, rangesOf, roleScope } from '../list/cube-sql';
import { MAX_CHART_POINTS, type ChartParty } from '../aid/overview-aid';
import type { OverviewFilter } from '../overview/overview-filter';
import { overviewAsOf } from '../asof/as-of';

// Aggregates behind the overview's sanction charts: counts per group, split by status so
// a threat is never drawn as if it were in force. SQL, as every read of the rollups
// (list/cube-sql.ts).

export type StatusCounts = Record<SanctionStatus, number>;

export interface SanctionGroup<K> {
  key: K;
  /** What the key reads as (a party's name); the key itself otherwise. */
  label: string;
  byStatus: StatusCounts;
  total: number;
}

const zeroStatuses = (): StatusCounts => ({
  threatened: 0,
  proposed: 0,
  imposed: 0,
  suspended: 0,
  lifted: 0,
});

/** Folds (key, status, n) rows into one entry per key. */
function fold<K extends string>(
  rows: { key: K; label: string; status: SanctionStatus; n: number }[],
): Map<K, SanctionGroup<K>> {
  const groups = new Map<K, SanctionGroup<K>>();
  for (const { key, label, status, n } of rows) {
    const group = groups.get(key) ?? { key, label, byStatus: zeroStatuses(), total: 0 };
    group.byStatus[status] += n;
    group.total += n;
    groups.set(key, group);
  }
  return groups;
}

/**
 * Sanction counts per party on one side and status. Without a party filter, each party's
 * cells of the filter's periods on that side, read date first (the measureless cube unless
 * a measure is chosen); with one, its own cells on that side and the pairs it has with
 * each counterpart.
 */
export function countsBySide(filter: OverviewFilter, side: 'imposing_id' | 'target_id'): SQL {
  if (filter.partyId === undefined) {
    const role = side === 'imposing_id' ? ROLES.from : ROLES.to;
    const cells = filter.measure
      ? cubeRows('sanction_rollup', [sql`role = ${role}`], rangesOf(filter), [measureIs(filter)])
      : cubeRows('sanction_party_rollup', [sql`role = ${role}`], rangesOf(filter));
    return sql`SELECT party_id, status, sum(n) AS n FROM (${cells}) GROUP BY party_id, status HAVING sum(n) > 0`;
  }
  // The party's own group is its cells on this side of a role cube (a party is never its
  // own counterpart); every other party's group is the pairs it has with the party.
  const role = side === 'imposing_id' ? ROLES.from : ROLES.to;
  const own = filter.measure
    ? cubeRows('sanction_rollup', [sql`role = ${role} AND party_id = ${filter.partyId}`], rangesOf(filter), [
        measureIs(filter),
      ])
    : cubeRows(
        'sanction_party_rollup',
        [sql`role = ${role} AND party_id = ${filter.partyId}`],
        rangesOf(filter),
      );
  const counterpart = side === 'imposing_id' ? 'target_id' : 'imposing_id';
  const pairs = cubeRows(
    'sanction_pair_rollup',
    [sql`${sql.raw(counterpart)} = ${filter.partyId}`],
    rangesOf(filter),
    [measureIs(filter)],
  );
  return sql`SELECT party_id, status, sum(n) AS n FROM (
      SELECT party_id, status, n FROM (${own})
      UNION ALL SELECT ${sql.raw(side)} AS party_id, status, n FROM (${pairs}))
    GROUP BY 1, status HAVING sum(n) > 0`;
}

export interface ImposerCounts extends ChartParty {
  byStatus: StatusCounts;
  total: number;
}

/** Sanctions per imposing party by status: the `top` largest, the rest as one group. */
function listSanctionCountsByImposerToday(filter: OverviewFilter, top = 10): ImposerCounts[] {
  const groups = fold(
    getDb().all<{ key: string; label: string; status: SanctionStatus; n: number }>(sql`
      SELECT p.slug AS key, p.name AS label, c.status, c.n FROM (${countsBySide(filter, 'imposing_id')}) c JOIN parties p ON p.id = c.party_id`),
  );
  const all: ImposerCounts[] = [...groups.values()]
    .map(({ key, label, byStatus, total }) => ({ slug: key, name: label, byStatus, total }))
    .sort(
      (a, b) => b.byStatus.imposed - a.byStatus.imposed || b.total - a.total || a.name.localeCompare(b.name),
    );
  if (all.length <= top + 1) return all;
  const rest = all.slice(top);
  const others: ImposerCounts = {
    slug: null,
    name: `${rest.length} other parties`,
    byStatus: zeroStatuses(),
    total: 0,
  };
  for (const r of rest) {
    for (const s of SANCTION_STATUSES) others.byStatus[s] += r.byStatus[s];
    others.total += r.total;
  }
  return [...all.slice(0, top), others];
}

/** Sanctions by the kind of party they target (government, company group, person…), in vocabulary order. */
function listSanctionCountsByTargetKindToday(filter: OverviewFilter): SanctionGroup<PartyKind>[] {
  const groups = fold(
    getDb().all<{ key: PartyKind; label: string; status: SanctionStatus; n: number }>(sql`
      SELECT p.kind AS key, p.kind AS label, c.status, sum(c.n) AS n
      FROM (${countsBySide(filter, 'target_id')}) c JOIN parties p ON p.id = c.party_id
      GROUP BY p.kind, c.status`),
  );
  return PARTY_KINDS.flatMap((kind) => groups.get(kind) ?? []);
}

/** Sanctions by measure, most used first. */
function listSanctionCountsByMeasureToday(filter: OverviewFilter): SanctionGroup<SanctionMeasure>[] {
  const cells = cubeRows('sanction_rollup', roleScope(filter), rangesOf(filter), [measureIs(filter)]);
  const groups = fold(
    getDb().all<{ key: SanctionMeasure; label: string; status: SanctionStatus; n: number }>(sql`
      SELECT measure AS key, measure AS label, status, sum(n) AS n FROM (${cells}) GROUP BY measure, status`),
  );
  return SANCTION_MEASURES.flatMap((m) => groups.get(m) ?? []).sort((a, b) => b.total - a.total);
}

/**
 * Sanctions announced per month (`2022-02`) by status, with empty months filled in so
 * time runs evenly; per year (`2022`) when there would be too many months to plot.
 */
function listSanctionsOverTimeToday(filter: OverviewFilter): {
  bin: 'month' | 'year';
  points: SanctionGroup<string>[];
} {
  const cells = cubeRows('sanction_rollup', roleScope(filter), rangesOf(filter, GRAINS.month), [
    measureIs(filter),
  ]);
  const months = fold(
    getDb().all<{ key: string; label: string; status: SanctionStatus; n: number }>(sql`
      SELECT substr(period, 1, 7) AS key, substr(period, 1, 7) AS label, status, sum(n) AS n FROM (${cells}) GROUP BY 1, status`),
  );
  const keys = [...months.keys()].sort();
  const first = keys[0];
  const last = keys.at(-1);
  if (!first || !last) return { bin: 'month', points: [] };
  const span = monthIndex(last) - monthIndex(first) + 1;
  const bin = span > MAX_CHART_POINTS ? 'year' : 'month';
  const points = new Map<string, SanctionGroup<string>>();
  const step = bin === 'month' ? 1 : 12;
  for (
    let i = monthIndex(first) - (bin === 'year' ? monthIndex(first) % 12 : 0);
    i <= monthIndex(last);
    i += step
  ) {
    const key = bin === 'month' ? monthKey(i) : monthKey(i).slice(0, 4);
    points.set(key, { key, label: key, byStatus: zeroStatuses(), total: 0 });
  }
  for (const m of months.values()) {
    const point = points.get(bin === 'month' ? m.key : m.key.slice(0, 4));
    if (!point) continue;
    for (const s of SANCTION_STATUSES) point.byStatus[s] += m.byStatus[s];
    point.total += m.total;
  }
  return { bin, points: [...points.values()] };
}

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const monthKey = (i: number) =>
  `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;

/** Today's, or as it stood at the end of `filter.asof` when that is set. */
export const listSanctionCountsByImposer = overviewAsOf(listSanctionCountsByImposerToday);

/** Today's, or as it stood at the end of `filter.asof` when that is set. */
export const listSanctionCountsByTargetKind = overviewAsOf(listSanctionCountsByTargetKindToday);

/** Today's, or as it stood at the end of `filter.asof` when that is set. */
export const listSanctionCountsByMeasure = overviewAsOf(listSanctionCountsByMeasureToday);

/** Today's, or as it stood at the end of `filter.asof` when that is set. */
export const listSanctionsOverTime = overviewAsOf(listSanctionsOverTimeToday);
