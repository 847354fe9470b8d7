import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '../index';
import { PARTY_KINDS, SANCTION_MEASURES, SANCTION_STATUSES, type PartyKind, type SanctionMeasure, type SanctionStatus } from '../vocabulary';
import { sanctionWhere } from './filters';
import { MAX_CHART_POINTS, type ChartParty } from './overview-aid';
import { sanctionFilterOf, type OverviewFilter } from './overview-filter';

// Aggregates behind the overview's sanction charts: counts per group, split by status so
// a threat is never drawn as if it were in force.

export type StatusCounts = Record<SanctionStatus, number>;

export interface SanctionGroup<K> {
  key: K;
  /** What the key reads as (a party's name); the key itself otherwise. */
  label: string;
  byStatus: StatusCounts;
  total: number;
}

const zeroStatuses = (): StatusCounts => ({ threatened: 0, proposed: 0, imposed: 0, suspended: 0, lifted: 0 });

/** Counts by `keyColumn` and status, folded into one entry per key. */
function countByStatus<K extends string>(
  keyColumn: SQL,
  filter: OverviewFilter,
  { joins = sql``, label = keyColumn }: { joins?: SQL; label?: SQL } = {},
): Map<K, SanctionGroup<K>> {
  const rows = getDb().all<{ key: K; label: string; status: SanctionStatus; n: number }>(sql`
    SELECT ${keyColumn} AS key, max(${label}) AS label, x.status, count(*) AS n
    FROM sanctions x ${joins}
    WHERE ${sanctionWhere(sanctionFilterOf(filter), 'x')}
    GROUP BY 1, x.status`);
  const groups = new Map<K, SanctionGroup<K>>();
  for (const { key, label, status, n } of rows) {
    const group = groups.get(key) ?? { key, label, byStatus: zeroStatuses(), total: 0 };
    group.byStatus[status] += n;
    group.total += n;
    groups.set(key, group);
  }
  return groups;
}

export interface ImposerCounts extends ChartParty {
  byStatus: StatusCounts;
  total: number;
}

/** Sanctions per imposing party by status: the `top` largest, the rest as one group. */
export function listSanctionCountsByImposer(filter: OverviewFilter, top = 10): ImposerCounts[] {
  const groups = countByStatus<string>(sql`i.slug`, filter, { joins: sql`JOIN parties i ON i.id = x.imposing_id`, label: sql`i.name` });
  const all: ImposerCounts[] = [...groups.values()]
    .map(({ key, label, byStatus, total }) => ({ slug: key, name: label, byStatus, total }))
    .sort((a, b) => b.byStatus.imposed - a.byStatus.imposed || b.total - a.total || a.name.localeCompare(b.name));
  if (all.length <= top + 1) return all;
  const rest = all.slice(top);
  const others: ImposerCounts = { slug: null, name: `${rest.length} other parties`, byStatus: zeroStatuses(), total: 0 };
  for (const r of rest) {
    for (const s of SANCTION_STATUSES) others.byStatus[s] += r.byStatus[s];
    others.total += r.total;
  }
  return [...all.slice(0, top), others];
}

/** Sanctions by the kind of party they target (government, company group, person…), in vocabulary order. */
export function listSanctionCountsByTargetKind(filter: OverviewFilter): SanctionGroup<PartyKind>[] {
  const groups = countByStatus<PartyKind>(sql`t.kind`, filter, { joins: sql`JOIN parties t ON t.id = x.target_id` });
  return PARTY_KINDS.flatMap((kind) => groups.get(kind) ?? []);
}

/** Sanctions by measure, most used first. */
export function listSanctionCountsByMeasure(filter: OverviewFilter): SanctionGroup<SanctionMeasure>[] {
  const groups = countByStatus<SanctionMeasure>(sql`x.measure`, filter);
  return SANCTION_MEASURES.flatMap((m) => groups.get(m) ?? []).sort((a, b) => b.total - a.total);
}

/**
 * Sanctions announced per month (`2022-02`) by status, with empty months filled in so
 * time runs evenly; per year (`2022`) when there would be too many months to plot.
 */
export function listSanctionsOverTime(filter: OverviewFilter): { bin: 'month' | 'year'; points: SanctionGroup<string>[] } {
  const months = countByStatus<string>(sql`substr(x.announced_on, 1, 7)`, filter);
  const keys = [...months.keys()].sort();
  const first = keys[0];
  const last = keys.at(-1);
  if (!first || !last) return { bin: 'month', points: [] };
  const span = monthIndex(last) - monthIndex(first) + 1;
  const bin = span > MAX_CHART_POINTS ? 'year' : 'month';
  const points = new Map<string, SanctionGroup<string>>();
  const step = bin === 'month' ? 1 : 12;
  for (let i = monthIndex(first) - (bin === 'year' ? monthIndex(first) % 12 : 0); i <= monthIndex(last); i += step) {
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
const monthKey = (i: number) => `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
