import type { AidFlow } from '@/db/queries/aid/aid-flows';
import type { AidStatusCount, CumulativePoint, EventMarker } from '@/db/queries/aid/overview-aid';
import type { StatusCounts } from '@/db/queries/sanctions/overview-sanctions';
import type { SanctionStatus } from '@/domain/vocabulary';
import { formatCount, formatUsd, formatVocabulary, pluralize } from '@/app/lib/format';

// Query results shaped into exactly what each chart draws.

/** A status's bar: its package count, the text drawn by it and the same in words for the tooltip; its table row's figures. */
export type AidByStatusDatum = {
  label: string;
  count: number;
  /** e.g. `1 · $13.6 billion`. */
  text: string;
  /** e.g. `1 package, $13.6 billion`. */
  description: string;
  knownUsd: number;
  unquantified: number;
};

/** A group's counts by status, as a stacked bar draws them, and their total for the table. */
export type SanctionBreakdownDatum = { label: string; total: number } & Partial<
  Record<SanctionStatus, number>
>;

/** `2 · undisclosed`, `1 · $13.6 billion`: a package count and what is known of its amount. */
export function statusChartData(rows: AidStatusCount[]): AidByStatusDatum[] {
  return rows.map((r) => ({
    label: formatVocabulary(r.status),
    count: r.count,
    text:
      r.count === 0
        ? '0'
        : `${formatCount(r.count)} · ${r.knownUsd > 0 ? formatUsd(r.knownUsd) : 'undisclosed'}`,
    description: describeStatus(r),
    knownUsd: r.knownUsd,
    unquantified: r.unquantified,
  }));
}

export function describeStatus({ count, knownUsd, unquantified }: AidStatusCount): string {
  if (count === 0) return 'none';
  const amount = unquantified === count ? 'amount not disclosed' : formatUsd(knownUsd);
  const partly =
    unquantified > 0 && unquantified < count ? ` (${formatCount(unquantified)} not disclosed)` : '';
  return `${pluralize(count, 'package')}, ${amount}${partly}`;
}

/** The running total's rows, as its table lists them and its chart draws them, with the event dates it marks. */
export interface CumulativeAidData {
  /** A period's first day (ISO), what was committed in it and the total reached by its end. */
  rows: { date: string; usd: number; total: number }[];
  /** Events drawn as numbered vertical lines (ms since the epoch); the numbers are explained under the chart. */
  markers: { t: number; label: string }[];
  /** The time axis (ms since the epoch, UTC midnights), wide enough for the events too. */
  domain: [number, number];
  ticks: number[];
}

const DAY = 86_400_000;
const timeOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * The cumulative total over a time axis wide enough for the events too, with each event
 * date numbered; `key` says what each number stands for.
 */
export function cumulativeChartData(points: CumulativePoint[], markers: EventMarker[]) {
  const times = [...points.map((p) => timeOf(p.date)), ...markers.map((m) => timeOf(m.date))];
  if (times.length === 0) return null;
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = Math.max(DAY, Math.round((last - first) * 0.03));
  const domain: [number, number] = [first - pad, last + pad];
  const key = markers.map((m, i) => ({ label: String(i + 1), ...m }));
  // Five dates across the axis, on whole days (fewer when the span is a few days).
  const ticks = [
    ...new Set(
      Array.from(
        { length: 5 },
        (_, i) => Math.round((domain[0] + ((domain[1] - domain[0]) * i) / 4) / DAY) * DAY,
      ),
    ),
  ];
  const data: CumulativeAidData = {
    rows: points.map((p) => ({ date: p.date, usd: p.usd, total: p.cumulativeUsd })),
    markers: key.map((m) => ({ t: timeOf(m.date), label: m.label })),
    domain,
    ticks,
  };
  return { data, key };
}

/** A flow's row: who gave, who received, the committed USD and the packages behind it. */
export type FlowDatum = { donor: string; recipient: string; usd: number; count: number };

export const flowRows = (flows: AidFlow[]): FlowDatum[] =>
  flows.map((f) => ({ donor: f.donor.name, recipient: f.recipient.name, usd: f.usd, count: f.count }));

/** Rows the box's table shows at most; past that it shows fewer, grouped. */
export const COMPACT_ROWS = 24;

/** The largest flows, then the rest as one row: a table that fits the chart's box (the full table has every flow). */
export function compactFlows(rows: FlowDatum[]): { rows: FlowDatum[]; note: string } | undefined {
  if (rows.length <= COMPACT_ROWS) return undefined;
  const largest = [...rows].sort((a, b) => b.usd - a.usd);
  const shown = largest.slice(0, COMPACT_ROWS - 1);
  const rest = largest.slice(COMPACT_ROWS - 1);
  const other: FlowDatum = {
    donor: `${formatCount(rest.length)} smaller flows`,
    recipient: '',
    usd: rest.reduce((sum, f) => sum + f.usd, 0),
    count: rest.reduce((sum, f) => sum + f.count, 0),
  };
  return {
    rows: [...shown, other],
    note: `The ${shown.length} largest of ${formatCount(rows.length)} flows, then the rest in one row; the chart and "View as table" show each.`,
  };
}

/**
 * Periods summed into years, for a box too small for every month (or day): `sum` keys add
 * up, `last` keys keep the year's last value (a running total).
 */
export function yearRows<R extends Record<string, string | number>>(
  rows: R[],
  yearOf: (row: R) => string,
  { sum = [], last = [] }: { sum?: (keyof R & string)[]; last?: (keyof R & string)[] },
): Record<string, string | number>[] {
  const years = new Map<string, Record<string, string | number>>();
  for (const row of rows) {
    const year = yearOf(row);
    const into = years.get(year) ?? { year, ...Object.fromEntries(sum.map((k) => [k, 0])) };
    for (const k of sum) into[k] = Number(into[k]) + Number(row[k] ?? 0);
    for (const k of last) into[k] = row[k] as string | number;
    years.set(year, into);
  }
  return [...years.values()];
}

const FLOWS_NAMED = 3;

/**
 * The largest flows in words, and how much the rest adds up to: the chart's summary stays a
 * sentence or two however many flows it draws (every one is in its table).
 */
export function describeFlows(flows: AidFlow[]): string {
  if (flows.length === 0) return 'No committed aid with a known amount under these filters.';
  const largest = [...flows].sort((a, b) => b.usd - a.usd);
  const named = largest
    .slice(0, FLOWS_NAMED)
    .map((f) => `${f.donor.name} → ${f.recipient.name}: ${formatUsd(f.usd)}`);
  const rest = largest.slice(FLOWS_NAMED);
  if (rest.length === 0) return `${named.join('; ')}.`;
  const restUsd = rest.reduce((sum, f) => sum + f.usd, 0);
  return `${named.join('; ')}; and ${pluralize(rest.length, 'smaller flow')}, ${formatUsd(restUsd)} in all (listed in the table).`;
}

/** Stacking order: what is in force at the base, then what may come, then what has ended. */
const STACK_ORDER: SanctionStatus[] = ['imposed', 'proposed', 'threatened', 'suspended', 'lifted'];

/** Rows for a stacked status chart, and the statuses that occur (the only ones drawn). */
export function breakdownData<T extends { byStatus: StatusCounts }>(groups: T[], labelOf: (g: T) => string) {
  const statuses = STACK_ORDER.filter((s) => groups.some((g) => g.byStatus[s] > 0));
  const data: SanctionBreakdownDatum[] = groups.map((g) => ({
    label: labelOf(g),
    ...Object.fromEntries(statuses.map((s) => [s, g.byStatus[s]])),
    total: STACK_ORDER.reduce((n, s) => n + g.byStatus[s], 0),
  }));
  return { data, statuses };
}

/** `3 imposed, 1 threatened`, in stacking order. */
export function describeStatuses(byStatus: StatusCounts): string {
  return STACK_ORDER.filter((s) => byStatus[s] > 0)
    .map((s) => `${formatCount(byStatus[s])} ${s}`)
    .join(', ');
}

const PROMISED = new Set(['pledged', 'approved', 'authorized', 'delivered']);

/** `Of 2 packages pledged or committed ($13.8 billion where known), none delivered yet.` */
export function describeDelivery(rows: AidStatusCount[]): string {
  const promised = rows.filter((r) => PROMISED.has(r.status));
  const count = promised.reduce((n, r) => n + r.count, 0);
  if (count === 0) return 'Nothing pledged or committed.';
  const usd = promised.reduce((n, r) => n + r.knownUsd, 0);
  const delivered = rows.find((r) => r.status === 'delivered');
  const arrived =
    delivered && delivered.count > 0
      ? `${formatCount(delivered.count)} delivered (${delivered.knownUsd > 0 ? formatUsd(delivered.knownUsd) : 'amount not disclosed'})`
      : 'none delivered yet';
  return `Of ${pluralize(count, 'package')} pledged or committed (${usd > 0 ? `${formatUsd(usd)} where known` : 'amounts not disclosed'}), ${arrived}.`;
}
