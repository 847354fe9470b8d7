import type { PartyDetail } from '@/db/queries/parties/party-detail';
import type { TimeSeries } from '@/db/queries/list/time-buckets';
import { formatPeriod, formatUsd, pluralize } from '@/app/lib/format';
import { ChartFrame } from '@/app/ui/charts/chart-frame';
import { ACTIVITY_COLOURS } from '@/app/ui/charts/palette';
import styles from './party-detail.module.css';

function chartData<K extends string>(series: TimeSeries<K>) {
  return series.buckets.map((b) => ({ label: formatPeriod(b.period), ...b.values }));
}

/**
 * Two series side by side per period, on the shared bar chart, and the same figures as its
 * table (one array for both: the page carries the rows once).
 */
function periodBars<K extends string>(
  series: TimeSeries<K>,
  kind: 'usd' | 'count',
  pair: { key: K; label: string; colour: string }[],
) {
  const data = chartData(series);
  const figures = {
    columns: [
      { key: 'label', label: 'Period' },
      ...pair.map((s) => ({
        key: s.key,
        label: kind === 'usd' ? `${s.label} (USD)` : s.label,
        format: kind,
      })),
    ],
    rows: data,
  };
  const chart = {
    type: 'BarsChart' as const,
    props: {
      data,
      series: pair,
      kind,
      layout: 'columns' as const,
      axisWidth: kind === 'usd' ? 56 : 44,
      legend: true,
      maxBar: 56,
    },
  };
  return { figures, chart };
}

function unitText(series: TimeSeries<string>) {
  return series.unit === 'year' ? 'by year' : 'by month';
}

export function PartyCharts({ party }: { party: PartyDetail }) {
  const { aidSeries, sanctionSeries } = party.activity;
  const { given, received } = party.figures;
  if (aidSeries.buckets.length === 0 && sanctionSeries.buckets.length === 0) return null;
  const aidTotal = (key: 'given' | 'received') =>
    aidSeries.buckets.reduce((sum, b) => sum + b.values[key], 0);
  const sanctionTotal = (key: 'imposed' | 'suffered') =>
    sanctionSeries.buckets.reduce((sum, b) => sum + b.values[key], 0);

  return (
    <div className={styles.charts}>
      {aidSeries.buckets.length > 0 && (
        <ChartFrame
          id="party-aid-chart"
          title={`Committed aid ${unitText(aidSeries)}`}
          summary={`${party.name} gave ${given.committedCount === 0 ? 'no committed aid' : formatUsd(aidTotal('given'))} and received ${
            received.committedCount === 0 ? 'no committed aid' : formatUsd(aidTotal('received'))
          }, ${unitText(aidSeries)} announced. Requested and pledged aid is not included.`}
          {...periodBars(aidSeries, 'usd', [
            { key: 'given', label: 'Given', colour: ACTIVITY_COLOURS.given },
            { key: 'received', label: 'Received', colour: ACTIVITY_COLOURS.received },
          ])}
        />
      )}
      {sanctionSeries.buckets.length > 0 && (
        <ChartFrame
          id="party-sanctions-chart"
          title={`Sanctions ${unitText(sanctionSeries)}`}
          summary={`${pluralize(sanctionTotal('imposed'), 'sanction')} imposed by ${party.name} and ${pluralize(
            sanctionTotal('suffered'),
            'sanction',
          )} on it, ${unitText(sanctionSeries)} announced, including any since suspended or lifted. Threatened and proposed measures are not counted.`}
          {...periodBars(sanctionSeries, 'count', [
            { key: 'imposed', label: 'Imposed', colour: ACTIVITY_COLOURS.imposed },
            { key: 'suffered', label: 'Suffered', colour: ACTIVITY_COLOURS.suffered },
          ])}
        />
      )}
    </div>
  );
}
