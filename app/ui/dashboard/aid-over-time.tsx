import Link from '@/app/ui/link';
import type { CumulativePoint, EventMarker } from '@/db/queries/overview-aid';
import { formatDate, formatUsd, formatUsdExact } from '@/app/lib/format';
import { ChartFrame } from '@/app/ui/charts/chart-frame';
import chartStyles from '@/app/ui/charts/charts.module.css';
import { cumulativeChartData } from './chart-data';
import { runningTotalChart } from './chart-specs';

interface Props {
  cumulative: { bin: 'day' | 'month'; points: CumulativePoint[] };
  events: EventMarker[];
}

/** Committed aid summed over time, with the events around it as numbered lines explained below. */
export function AidOverTime({ cumulative: { bin, points }, events }: Props) {
  const chart = cumulativeChartData(points, events);
  const first = points[0];
  const last = points.at(-1);
  return (
    <ChartFrame
      id="aid-over-time"
      title="Committed aid over time, with events"
      summary={
        first && last
          ? `Committed aid reached ${formatUsd(last.cumulativeUsd)} by ${formatDate(last.date)}, from ${formatDate(first.date)}${bin === 'month' ? ' (summed by month)' : ''}.${events.length > 0 ? ' Numbered lines mark the events listed under the chart.' : ''}`
          : 'No committed aid under these filters.'
      }
      columns={[bin === 'month' ? 'Month from' : 'Date', `Committed that ${bin} (USD)`, 'Committed so far (USD)']}
      rows={points.map((p) => [formatDate(p.date), formatUsdExact(p.usd), formatUsdExact(p.cumulativeUsd)])}
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
