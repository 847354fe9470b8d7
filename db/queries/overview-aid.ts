import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../index';
import { AID_CATEGORIES, AID_STATUSES, COMMITTED_AID_STATUSES, type AidCategory, type AidStatus } from '../vocabulary';
import { aidWhere, eventWhere } from './filters';
import { aidFilterOf, eventFilterOf, type OverviewFilter } from './overview-filter';

// Aggregates behind the overview's aid charts. Each returns few rows whatever the table
// size: the grouping happens here, not in the browser.

const committed = (f: OverviewFilter) => aidWhere(aidFilterOf(f, { statuses: COMMITTED_AID_STATUSES }));

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
export function listAidByDonor(filter: OverviewFilter, top = 8): { donors: DonorAid[]; othersCount: number } {
  const rows = getDb().all<{ slug: string; name: string; category: AidCategory; usd: number; count: number }>(sql`
    SELECT d.slug, d.name, a.category, coalesce(sum(a.amount_usd), 0) AS usd, count(*) AS count
    FROM aid_packages a JOIN parties d ON d.id = a.donor_id
    WHERE ${committed(filter)}
    GROUP BY a.donor_id, a.category`);
  const bySlug = new Map<string, DonorAid>();
  for (const r of rows) {
    const donor = bySlug.get(r.slug) ?? { slug: r.slug, name: r.name, byCategory: zeroCategories(), usd: 0, count: 0 };
    donor.byCategory[r.category] += r.usd;
    donor.usd += r.usd;
    donor.count += r.count;
    bySlug.set(r.slug, donor);
  }
  const sorted = [...bySlug.values()].sort((a, b) => b.usd - a.usd || a.name.localeCompare(b.name));
  if (sorted.length <= top + 1) return { donors: sorted, othersCount: 0 };
  const rest = sorted.slice(top);
  const others: DonorAid = { slug: null, name: `${rest.length} other donors`, byCategory: zeroCategories(), usd: 0, count: 0 };
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
export function listAidByStatus(filter: OverviewFilter): AidStatusCount[] {
  const rows = getDb().all<AidStatusCount>(sql`
    SELECT a.status, count(*) AS count, coalesce(sum(a.amount_usd), 0) AS knownUsd,
           count(*) - count(a.amount_usd) AS unquantified
    FROM aid_packages a
    WHERE ${aidWhere(aidFilterOf(filter))}
    GROUP BY a.status`);
  return AID_STATUSES.map((status) => rows.find((r) => r.status === status) ?? { status, count: 0, knownUsd: 0, unquantified: 0 });
}

export interface CumulativePoint {
  /** First day of the period: the day itself, or the 1st of the month when binned by month. */
  date: string;
  usd: number;
  cumulativeUsd: number;
}

export const MAX_CHART_POINTS = 1000;

/** Committed aid summed over time, by day; by month when there are too many days to plot. */
export function listCumulativeAid(filter: OverviewFilter): { bin: 'day' | 'month'; points: CumulativePoint[] } {
  const days = getDb().all<{ date: string; usd: number }>(sql`
    SELECT a.announced_on AS date, coalesce(sum(a.amount_usd), 0) AS usd
    FROM aid_packages a
    WHERE ${committed(filter)}
    GROUP BY a.announced_on
    ORDER BY a.announced_on`);
  const bin = days.length > MAX_CHART_POINTS ? 'month' : 'day';
  const periods: { date: string; usd: number }[] = [];
  for (const d of days) {
    const date = bin === 'month' ? `${d.date.slice(0, 7)}-01` : d.date;
    const last = periods.at(-1);
    if (last?.date === date) last.usd += d.usd;
    else periods.push({ date, usd: d.usd });
  }
  let running = 0;
  return { bin, points: periods.map((p) => ({ ...p, cumulativeUsd: (running += p.usd) })) };
}

export interface EventMarker {
  date: string;
  events: { id: number; title: string }[];
}

/** The newest events (at most `limit` dates) to mark on a time chart, oldest first. */
export function listEventMarkers(filter: OverviewFilter, limit = 10): EventMarker[] {
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

export interface AidFlow {
  donor: ChartParty;
  recipient: ChartParty;
  usd: number;
  count: number;
}

/** Committed aid from donors to recipients; beyond the `top` on each side, parties are grouped. */
export function listAidFlows(filter: OverviewFilter, top = 8): AidFlow[] {
  const rows = getDb().all<{ donorSlug: string; donorName: string; recipientSlug: string; recipientName: string; usd: number; count: number }>(sql`
    SELECT d.slug AS donorSlug, d.name AS donorName, r.slug AS recipientSlug, r.name AS recipientName,
           coalesce(sum(a.amount_usd), 0) AS usd, count(*) AS count
    FROM aid_packages a
    JOIN parties d ON d.id = a.donor_id
    JOIN parties r ON r.id = a.recipient_id
    WHERE ${committed(filter)} AND a.amount_usd IS NOT NULL
    GROUP BY a.donor_id, a.recipient_id`);
  const keepDonors = topKeys(rows, (r) => r.donorSlug, top);
  const keepRecipients = topKeys(rows, (r) => r.recipientSlug, top);
  const flows = new Map<string, AidFlow>();
  for (const r of rows) {
    const donor = keepDonors.has(r.donorSlug) ? { slug: r.donorSlug, name: r.donorName } : { slug: null, name: 'Other donors' };
    const recipient = keepRecipients.has(r.recipientSlug)
      ? { slug: r.recipientSlug, name: r.recipientName }
      : { slug: null, name: 'Other recipients' };
    const key = `${donor.slug ?? '*'}→${recipient.slug ?? '*'}`;
    const flow = flows.get(key) ?? { donor, recipient, usd: 0, count: 0 };
    flow.usd += r.usd;
    flow.count += r.count;
    flows.set(key, flow);
  }
  return [...flows.values()].filter((f) => f.usd > 0).sort((a, b) => b.usd - a.usd);
}

/** The `top` keys by summed USD; all of them when only one more would be grouped. */
function topKeys<T extends { usd: number }>(rows: T[], key: (row: T) => string, top: number): Set<string> {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(key(r), (totals.get(key(r)) ?? 0) + r.usd);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Set((ranked.length <= top + 1 ? ranked : ranked.slice(0, top)).map(([k]) => k));
}
