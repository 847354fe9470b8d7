import Link from '@/app/ui/link';
import type { CumulativePoint, EventMarker } from '@/db/queries/aid/overview-aid';
import { formatDate, formatUsd } from '@/app/lib/format';
import type { Download } from '@/app/lib/view-links';
import { ChartFrame } from '@/app/ui/charts/chart-frame';
import chartStyles from '@/app/ui/charts/charts.module.css';
import { COMPACT_ROWS, cumulativeChartData, yearRows } from './chart-data';
import { runningTotalChart } from './chart-specs';

interface Props {
  cumulative: { bin: 'day' | 'month'; points: CumulativePoint[] };
  events: EventMarker[];
  downloads: Download[];
}

/** Committed aid summed over time, with the events around it as numbered lines explained below. */
export function AidOverTime({ cumulative: { bin, points }, events, downloads }: Props) {
  const chart = cumulativeChartData(points, events);
  const first = points[0];
  const last = points.at(-1);
  const rows = chart?.data.rows ?? [];
  return (
    <ChartFrame
      id="aid-over-time"
      downloads={downloads}
      title="Committed aid over time, with events"
      summary={
        first && last
          ? `Committed aid reached ${formatUsd(last.cumulativeUsd)} by ${formatDate(last.date)}, from ${formatDate(first.date)}${bin === 'month' ? ' (summed by month)' : ''}.${events.length > 0 ? ' Numbered lines mark the events listed under the chart.' : ''}`
          : 'No committed aid under these filters.'
      }
      figures={{
        columns: [
          { key: 'date', label: bin === 'month' ? 'Month from' : 'Date', format: 'date' },
          { key: 'usd', label: `Committed that ${bin} (USD)`, format: 'usd' },
          { key: 'total', label: 'Committed so far (USD)', format: 'usd' },
        ],
        rows,
      }}
      compact={
        rows.length > COMPACT_ROWS
          ? {
              columns: [
                { key: 'year', label: 'Year' },
                { key: 'usd', label: 'Committed that year (USD)', format: 'usd' },
                { key: 'total', label: 'Committed so far (USD)', format: 'usd' },
              ],
              rows: yearRows(rows, (r) => r.date.slice(0, 4), { sum: ['usd'], last: ['total'] }),
              note: `By year; the chart and "View as table" show each ${bin}.`,
            }
          : undefined
      }
      notes={
        chart &&
        chart.key.length > 0 && (
          <ol className={chartStyles.markers} aria-label="Events marked on the chart">
            {chart.key.map((m) => (
              <li key={m.date}>
                <span className={chartStyles.marker} aria-hidden="true">
                  {m.label}
                </span>
                <span>
                  <time dateTime={m.date}>{formatDate(m.date)}</time>:{' '}
                  {m.events.map((e, i) => (
                    <span key={e.id}>
                      {i > 0 && '; '}
                      <Link href={`/events/${e.id}`}>{e.title}</Link>
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ol>
        )
      }
      chart={chart && runningTotalChart(chart.data)}
    />
  );
}
