import type { SanctionStatus } from '@/db/vocabulary';
import { formatCount, formatCountShort, formatVocabulary } from '@/app/lib/format';
import type { BarGroup } from './bar-rows';
import { BarRows } from './bar-rows';
import { SANCTION_STATUS_COLOURS } from './palette';
import { valueAxis } from './value-axis';

export type SanctionBreakdownDatum = { label: string } & Partial<Record<SanctionStatus, number>>;

export interface SanctionChartProps {
  data: SanctionBreakdownDatum[];
  /** Only the statuses present, so the legend lists nothing that is not drawn. */
  statuses: SanctionStatus[];
}

/** Each group's bar stacked by status, its tooltip with every count; the series for the legend. */
export function sanctionGroups({ data, statuses }: SanctionChartProps) {
  const series = statuses.map((status) => ({ status, name: formatVocabulary(status), colour: SANCTION_STATUS_COLOURS[status] }));
  const groups: BarGroup[] = data.map((d) => ({
    label: d.label,
    segments: series.map((s) => ({ name: s.name, value: d[s.status] ?? 0, colour: s.colour })),
    tip: [d.label, ...series.map((s) => `${s.name}: ${formatCount(d[s.status] ?? 0)}`)].join('\n'),
  }));
  const max = Math.max(...groups.map((g) => g.segments.reduce((sum, s) => sum + s.value, 0)));
  return { groups, series, axis: valueAxis(max, { whole: true }) };
}

/** Sanctions per group (imposer, target kind, measure), one horizontal bar each, stacked by status. */
export function SanctionBreakdownChart(props: SanctionChartProps) {
  const { groups, series, axis } = sanctionGroups(props);
  return <BarRows groups={groups} axis={axis} tick={formatCountShort} labelWidth={120} maxBar={32} legend={series} />;
}
