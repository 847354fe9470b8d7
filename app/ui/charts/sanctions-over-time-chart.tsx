import { ColumnChart } from './column-chart';
import { MAX_LABELS } from './plot-geometry';
import { sanctionGroups, type SanctionChartProps } from './sanction-breakdown-chart';

/**
 * Under many months, the years where they start (every few years when there are many):
 * `Jan 2014`, `Sept 2015`… at even steps would read as arbitrary.
 */
export function yearLabels(labels: string[]): (string | null)[] | undefined {
  const januaries = labels.flatMap((label, i) => (/^Jan \d{4}$/.test(label) ? [i] : []));
  if (labels.length <= MAX_LABELS || januaries.length === 0) return undefined;
  const step = Math.ceil(januaries.length / (MAX_LABELS - 2));
  const shown = new Set(januaries.filter((_, k) => k % step === 0));
  return labels.map((label, i) => (shown.has(i) ? label.slice(4) : null));
}

/** Sanctions announced per month (or year), stacked by status; empty periods stay on the axis. */
export function SanctionsOverTimeChart(props: SanctionChartProps) {
  const { groups, series, axis } = sanctionGroups(props);
  return <ColumnChart series={series} groups={groups} kind="count" axis={axis} axisWidth={44} maxBar={48} legend labels={yearLabels(props.data.map((d) => d.label))} />;
}
