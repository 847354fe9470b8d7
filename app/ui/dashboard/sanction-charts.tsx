import type { SanctionGroup } from '@/db/queries/sanctions/overview-sanctions';
import { formatPeriod, formatVocabulary, pluralize } from '@/app/lib/format';
import type { OverviewSanctionCharts } from '@/app/lib/overview-data';
import { tableDownloads, type Params } from '@/app/lib/view-links';
import { ChartFrame } from '@/app/ui/charts/chart-frame';
import { breakdownData, COMPACT_ROWS, describeStatuses, yearRows } from './chart-data';
import { rowsHeight, sanctionColumnsChart, sanctionRowsChart } from './chart-specs';
import styles from './dashboard.module.css';

// A sentence or two: the four largest groups in words, every one in the table.
const SUMMARY_GROUPS = 4;

type Breakdown = { name: string; byStatus: SanctionGroup<string>['byStatus']; total: number };

/** The sanction charts of the overview, from the figures the route read. */
export function SanctionCharts({ data, values }: { data: OverviewSanctionCharts; values: Params }) {
  const { byImposer, byTargetKind, byMeasure, overTime } = data;
  const named = (groups: SanctionGroup<string>[]): Breakdown[] =>
    groups.map((g) => ({ ...g, name: formatVocabulary(g.label) }));
  const periods = overTime.points.map((p) => ({ ...p, name: formatPeriod(p.key) }));

  return (
    <div className={styles.chartGrid}>
      <Breakdown
        id="sanctions-by-imposer"
        values={values}
        title="Sanctions by imposing party"
        groupLabel="Imposing party"
        groups={byImposer}
      />
      <Breakdown
        id="sanctions-by-target-kind"
        values={values}
        title="Sanctions by kind of target"
        groupLabel="Target kind"
        groups={named(byTargetKind)}
      />
      <Breakdown
        id="sanctions-by-measure"
        values={values}
        title="Sanctions by measure"
        groupLabel="Measure"
        groups={named(byMeasure)}
      />
      <Breakdown
        id="sanctions-over-time"
        values={values}
        title={`Sanctions announced by ${overTime.bin}`}
        groupLabel={overTime.bin === 'month' ? 'Month' : 'Year'}
        groups={periods}
        overTime
      />
    </div>
  );
}

interface BreakdownProps {
  id: Parameters<typeof tableDownloads>[0];
  title: string;
  groupLabel: string;
  groups: Breakdown[];
  overTime?: boolean;
  /** The overview's filters, which the table's downloads carry. */
  values: Params;
}

/** One sanction chart: groups stacked by status, with the same counts as text and as a table. */
function Breakdown({ id, title, groupLabel, groups, overTime = false, values }: BreakdownProps) {
  const { data, statuses } = breakdownData(groups, (g) => g.name);
  const counts = [
    ...statuses.map((s) => ({ key: s, label: formatVocabulary(s), format: 'count' as const })),
    { key: 'total', label: 'Total', format: 'count' as const },
  ];
  // The largest groups in words; a long tail is left to the table.
  const described = groups.filter((g) => g.total > 0).sort((a, b) => b.total - a.total);
  const shown = described.slice(0, SUMMARY_GROUPS);
  const summary =
    described.length === 0
      ? 'No sanctions under these filters.'
      : shown
          .map((g) => `${g.name}: ${pluralize(g.total, 'sanction')} (${describeStatuses(g.byStatus)})`)
          .join('; ') +
        (described.length > shown.length
          ? `; and ${described.length - shown.length} more in the table.`
          : '.');
  return (
    <ChartFrame
      id={id}
      downloads={tableDownloads(id, values)}
      title={title}
      summary={summary}
      figures={{ columns: [{ key: 'label', label: groupLabel }, ...counts], rows: data }}
      compact={
        overTime && data.length > COMPACT_ROWS
          ? {
              columns: [{ key: 'year', label: 'Year' }, ...counts],
              // Months are labelled `Mar 2022`: the year ends the label.
              rows: yearRows(data, (d) => d.label.slice(-4), { sum: [...statuses, 'total'] }),
              note: `By year; the chart and "View as table" show each ${groupLabel.toLowerCase()}.`,
            }
          : undefined
      }
      chart={
        data.length === 0
          ? null
          : overTime
            ? sanctionColumnsChart(data, statuses)
            : sanctionRowsChart(data, statuses)
      }
      height={overTime ? 300 : rowsHeight(data.length, true)}
    />
  );
}
