import { AID_CATEGORIES, type AidCategory, type AidStatus, type SanctionStatus } from '@/domain/vocabulary';
import { formatVocabulary } from '@/app/lib/format';
import type { ChartDatum } from '@/app/ui/charts/chart-config';
import type { ChartSpec } from '@/app/ui/charts/lazy-chart';
import {
  AID_STATUS_COLOURS,
  CATEGORY_COLOURS,
  FLOW_COLOURS,
  OKABE_ITO,
  SANCTION_STATUS_COLOURS,
} from '@/app/ui/charts/palette';
import type { AidByStatusDatum, CumulativeAidData, FlowDatum } from './chart-data';

// Which chart draws each of the overview's figures, and how: data and names only, for the
// browser to draw once the chart nears the screen. Each is given the rows of its table (the
// same array, so the page's data carries them once).

/** A row of bars is 28 px; a chart of many rows grows past the usual 300 px instead of squeezing them. */
export const rowsHeight = (count: number, legend = false) =>
  Math.max(300, count * 28 + 40 + (legend ? 28 : 0));

const CATEGORY_SERIES = AID_CATEGORIES.map((c) => ({
  key: c,
  label: formatVocabulary(c),
  colour: CATEGORY_COLOURS[c],
}));

/** A column per category, its amount written on top (small columns are unreadable without it). */
export function categoryChart(data: ChartDatum[], categories: AidCategory[]): ChartSpec {
  return {
    type: 'BarsChart',
    props: {
      data,
      series: [{ key: 'usd', label: 'Committed', colour: CATEGORY_COLOURS.humanitarian }],
      colours: categories.map((c) => CATEGORY_COLOURS[c]),
      kind: 'usd',
      layout: 'columns',
      text: 'text',
      axisWidth: 56,
      maxBar: 120,
    },
  };
}

/** A bar per donor, stacked by category. */
export function donorChart(data: ChartDatum[]): ChartSpec {
  return {
    type: 'BarsChart',
    props: {
      data,
      series: CATEGORY_SERIES,
      kind: 'usd',
      layout: 'rows',
      stacked: true,
      axisWidth: 120,
      legend: true,
      maxBar: 40,
    },
  };
}

/** Packages at each lifecycle stage, top to bottom from requested to delivered, then the dead ends. */
export function statusChart(data: AidByStatusDatum[], statuses: AidStatus[]): ChartSpec {
  return {
    type: 'BarsChart',
    props: {
      data,
      series: [{ key: 'count', label: 'Packages', colour: AID_STATUS_COLOURS.requested }],
      colours: statuses.map((s) => AID_STATUS_COLOURS[s]),
      kind: 'count',
      layout: 'rows',
      text: 'text',
      detail: 'description',
      axisWidth: 80,
      maxBar: 28,
    },
  };
}

/** Committed aid summed over time in steps, with the events as numbered lines. */
export function runningTotalChart({ rows, markers, domain, ticks }: CumulativeAidData): ChartSpec {
  return {
    type: 'RunningTotalChart',
    props: {
      data: rows,
      markers,
      domain,
      ticks,
      kind: 'usd',
      series: [{ key: 'total', label: 'Committed so far', colour: OKABE_ITO.blue }],
    },
  };
}

/** Donors on the left, recipients on the right, a band for each flow as wide as its USD. */
export function flowsChart(data: FlowDatum[]): ChartSpec {
  return { type: 'FlowsChart', props: { data, colours: FLOW_COLOURS } };
}

const statusSeries = (statuses: SanctionStatus[]) =>
  statuses.map((s) => ({ key: s, label: formatVocabulary(s), colour: SANCTION_STATUS_COLOURS[s] }));

/** Sanctions per group (imposer, target kind, measure), a bar each, stacked by status. */
export function sanctionRowsChart(data: ChartDatum[], statuses: SanctionStatus[]): ChartSpec {
  return {
    type: 'BarsChart',
    props: {
      data,
      series: statusSeries(statuses),
      kind: 'count',
      layout: 'rows',
      stacked: true,
      axisWidth: 120,
      legend: true,
      maxBar: 32,
    },
  };
}

/** Sanctions announced per month (or year), stacked by status; empty periods stay on the axis. */
export function sanctionColumnsChart(data: ChartDatum[], statuses: SanctionStatus[]): ChartSpec {
  return {
    type: 'BarsChart',
    props: {
      data,
      series: statusSeries(statuses),
      kind: 'count',
      layout: 'columns',
      stacked: true,
      axisWidth: 44,
      legend: true,
      maxBar: 48,
      ticks: yearTicks(data.map((d) => d.label)),
    },
  };
}

/** Labels under a row of columns: as many as fit side by side on a phone. */
const MAX_LABELS = 8;

/**
 * Under many months, the years where they start (every few years when there are many):
 * `Jan 2014`, `Sept 2015`… at even steps would read as arbitrary.
 */
export function yearTicks(labels: string[]): { value: string; label: string }[] | undefined {
  const januaries = labels.filter((label) => /^Jan \d{4}$/.test(label));
  if (labels.length <= MAX_LABELS || januaries.length === 0) return undefined;
  const step = Math.ceil(januaries.length / (MAX_LABELS - 2));
  return januaries.filter((_, k) => k % step === 0).map((value) => ({ value, label: value.slice(4) }));
}
