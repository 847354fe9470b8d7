import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../../index';
import { ROLES } from '../../rollups/cubes';
import { categoryIs, cubeRows, pairScope, rangesOf } from '../list/cube-sql';
import type { ChartParty } from './overview-aid';
import type { OverviewFilter } from '../overview/overview-filter';
import { overviewAsOf } from '../asof/as-of';

// The overview's flow chart: committed aid from donors to recipients, the top ones on each
// side named and the rest grouped. SQL, as every read of the rollups (list/cube-sql.ts).

export interface AidFlow {
  donor: ChartParty;
  recipient: ChartParty;
  usd: number;
  count: number;
}

const OTHER_DONORS: ChartParty = { slug: null, name: 'Other donors' };
const OTHER_RECIPIENTS: ChartParty = { slug: null, name: 'Other recipients' };

/** Committed aid from donors to recipients; beyond the `top` on each side, parties are grouped. */
function listAidFlowsToday(filter: OverviewFilter, top = 8): AidFlow[] {
  return filter.partyId === undefined ? groupedFlows(filter, top) : partyFlows(filter, top);
}

/** A party's flows: the pairs it is part of, read through each side's index, grouped here. */
function partyFlows(filter: OverviewFilter, top: number): AidFlow[] {
  const cells = cubeRows('aid_flow_rollup', pairScope(filter, 'donor_id', 'recipient_id'), rangesOf(filter), [
    categoryIs(filter),
  ]);
  const rows = getDb().all<{
    donorSlug: string;
    donorName: string;
    recipientSlug: string;
    recipientName: string;
    usd: number;
    count: number;
  }>(sql`
    SELECT d.slug AS donorSlug, d.name AS donorName, r.slug AS recipientSlug, r.name AS recipientName, f.usd, f.count
    FROM (SELECT donor_id, recipient_id, sum(usd) AS usd, sum(usd_n) AS count FROM (${cells}) GROUP BY donor_id, recipient_id) f
    JOIN parties d ON d.id = f.donor_id
    JOIN parties r ON r.id = f.recipient_id
    WHERE f.count > 0`);
  const keepDonors = topKeys(rows, (r) => r.donorSlug, top);
  const keepRecipients = topKeys(rows, (r) => r.recipientSlug, top);
  const flows = new Map<string, AidFlow>();
  for (const r of rows) {
    const donor = keepDonors.has(r.donorSlug) ? { slug: r.donorSlug, name: r.donorName } : OTHER_DONORS;
    const recipient = keepRecipients.has(r.recipientSlug)
      ? { slug: r.recipientSlug, name: r.recipientName }
      : OTHER_RECIPIENTS;
    const key = `${donor.slug ?? '*'}→${recipient.slug ?? '*'}`;
    const flow = flows.get(key) ?? { donor, recipient, usd: 0, count: 0 };
    flow.usd += r.usd;
    flow.count += r.count;
    flows.set(key, flow);
  }
  return [...flows.values()].filter((f) => f.usd > 0).sort((a, b) => b.usd - a.usd);
}

interface SideTotal {
  role: number;
  id: number;
  slug: string;
  name: string;
  usd: number;
  count: number;
}

/**
 * Everyone's flows without reading every pair (a year holds far more pair cells than it shows):
 * each side's totals come from the committed per-party cube, the top donors' flows to the top recipients
 * from the pair cells of those few pairs, and each "other" group is what is left of a total.
 */
function groupedFlows(filter: OverviewFilter, top: number): AidFlow[] {
  const ranges = rangesOf(filter);
  // Committed aid per party, read date first; without a category, from the cube without one.
  const sideCube = filter.category ? 'aid_party_rollup' : 'aid_party_total_rollup';
  const sides = cubeRows(sideCube, [sql`role = ${ROLES.from}`, sql`role = ${ROLES.to}`], ranges, [
    categoryIs(filter),
  ]);
  const totals = getDb().all<SideTotal>(sql`
    SELECT c.role, c.party_id AS id, p.slug, p.name, sum(c.usd) AS usd, sum(c.usd_n) AS count
    FROM (${sides}) c JOIN parties p ON p.id = c.party_id
    GROUP BY c.role, c.party_id HAVING sum(c.usd_n) > 0`);
  const donors = topOf(
    totals.filter((t) => t.role === ROLES.from),
    top,
  );
  const recipients = topOf(
    totals.filter((t) => t.role === ROLES.to),
    top,
  );
  if (donors.length === 0 || recipients.length === 0) return [];
  // Each named pair's cells, one index seek per pair and period range: with `IN` lists on both
  // sides SQLite walks every pair's cells of the period instead.
  const pairList = sql.join(
    donors.flatMap((d) => recipients.map((r) => sql`(${d.id}, ${r.id})`)),
    sql`, `,
  );
  const spans = sql.join(
    ranges.map(({ grain, lo, hi }) => sql`(${grain}, ${lo}, ${hi})`),
    sql`, `,
  );
  const pairs = getDb().all<{ donorId: number; recipientId: number; usd: number; count: number }>(sql`
    WITH pair(donor_id, recipient_id) AS (VALUES ${pairList}), span(grain, lo, hi) AS (VALUES ${spans})
    SELECT f.donor_id AS donorId, f.recipient_id AS recipientId, sum(f.usd) AS usd, sum(f.usd_n) AS count
    FROM pair CROSS JOIN span CROSS JOIN aid_flow_rollup f
    WHERE f.donor_id = pair.donor_id AND f.recipient_id = pair.recipient_id
      AND f.grain = span.grain AND f.period BETWEEN span.lo AND span.hi${filter.category ? sql` AND f.category = ${filter.category}` : sql``}
    GROUP BY f.donor_id, f.recipient_id`);

  const flows: AidFlow[] = [];
  const party = (t: SideTotal): ChartParty => ({ slug: t.slug, name: t.name });
  // What each side's total has left once the named flows are taken out.
  const rest = new Map<SideTotal | null, { usd: number; count: number }>();
  const sum = (list: SideTotal[]) =>
    list.reduce((s, t) => ({ usd: s.usd + t.usd, count: s.count + t.count }), { usd: 0, count: 0 });
  const all = sum(totals.filter((t) => t.role === ROLES.from));
  const namedDonors = sum(donors);
  for (const t of [...donors, ...recipients]) rest.set(t, { usd: t.usd, count: t.count });
  rest.set(null, { usd: all.usd - namedDonors.usd, count: all.count - namedDonors.count });
  const take = (t: SideTotal | null, usd: number, count: number) => {
    const left = rest.get(t);
    if (!left) return;
    left.usd -= usd;
    left.count -= count;
  };
  const byId = new Map([...donors, ...recipients].map((t) => [`${t.role}:${t.id}`, t]));
  for (const p of pairs) {
    const donor = byId.get(`${ROLES.from}:${p.donorId}`);
    const recipient = byId.get(`${ROLES.to}:${p.recipientId}`);
    if (!donor || !recipient) continue;
    flows.push({ donor: party(donor), recipient: party(recipient), usd: p.usd, count: p.count });
    take(donor, p.usd, p.count);
    take(recipient, p.usd, p.count);
  }
  const left = (t: SideTotal | null) => ({ ...(rest.get(t) ?? { usd: 0, count: 0 }) });
  for (const d of donors) flows.push({ donor: party(d), recipient: OTHER_RECIPIENTS, ...left(d) });
  for (const r of recipients) {
    const fromOthers = left(r);
    flows.push({ donor: OTHER_DONORS, recipient: party(r), ...fromOthers });
    take(null, fromOthers.usd, fromOthers.count);
  }
  flows.push({ donor: OTHER_DONORS, recipient: OTHER_RECIPIENTS, ...left(null) });
  return flows.filter((f) => f.usd > 0).sort((a, b) => b.usd - a.usd);
}

/** The first `top` of a ranking; all of it when only one more would be grouped. */
const keepTop = <T>(ranked: T[], top: number): T[] =>
  ranked.length <= top + 1 ? ranked : ranked.slice(0, top);

/** The `top` parties by USD. */
const topOf = (list: SideTotal[], top: number): SideTotal[] =>
  keepTop(
    [...list].sort((a, b) => b.usd - a.usd || a.slug.localeCompare(b.slug)),
    top,
  );

/** The `top` keys by summed USD. */
function topKeys<T extends { usd: number }>(rows: T[], key: (row: T) => string, top: number): Set<string> {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(key(r), (totals.get(key(r)) ?? 0) + r.usd);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Set(keepTop(ranked, top).map(([k]) => k));
}

/** Today's, or as it stood at the end of `filter.asof` when that is set. */
export const listAidFlows = overviewAsOf(listAidFlowsToday);
