import type { SanctionStatus } from '@/db/vocabulary';
import { formatCountShort, formatVocabulary } from '@/app/lib/format';
import { totalOf, type BarGroup } from './plot-geometry';
import { BarRows } from './bar-rows';
import { SANCTION_STATUS_COLOURS } from './palette';
import { labelAxis, valueAxis } from './value-axis';

export type SanctionBreakdownDatum = { label: string } & Partial<Record<SanctionStatus, number>>;

export interface SanctionChartProps {
  data: SanctionBreakdownDatum[];
  /** Only the statuses present, so the legend lists nothing that is not drawn. */
  statuses: SanctionStatus[];
}

/** Each group's bar stacked by status (its tooltip, written in the browser, gives every count); the series for the legend. */
export function sanctionGroups({ data, statuses }: SanctionChartProps) {
  const series = statuses.map((status) => ({ name: formatVocabulary(status), colour: SANCTION_STATUS_COLOURS[status] }));
  const groups: BarGroup[] = data.map((d) => ({
    label: d.label,
    values: statuses.map((s) => d[s] ?? 0),
  }));
  const max = Math.max(...groups.map(totalOf));
  return { groups, series, axis: labelAxis(valueAxis(max, { whole: true }), formatCountShort) };
}

/** Sanctions per group (imposer, target kind, measure), one horizontal bar each, stacked by status. */
export function SanctionBreakdownChart(props: SanctionChartProps) {
  const { groups, series, axis } = sanctionGroups(props);
  return <BarRows series={series} groups={groups} kind="count" axis={axis} labelWidth={120} maxBar={32} legend />;
}
