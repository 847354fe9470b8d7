import { ChartTable } from './chart-table';
import { EmptyChart } from './empty-chart';
import { LazyChart, type ChartSpec } from './lazy-chart';

interface Props {
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows, for readers who cannot see it. */
  summary: string;
  columns: string[];
  rows: string[][];
  /** What the chart's marks mean when they need words (a key to numbered markers). */
  notes?: React.ReactNode;
  /** The chart, drawn in the browser over its figures; `null` when nothing is left to draw. */
  chart: ChartSpec | null;
  /** The chart box's height in px. */
  height?: number;
}

/** A chart with its title, a text summary and the same data as a table: in its box until the chart is drawn, and a click away after. */
export function ChartFrame({ id, title, summary, columns, rows, notes, chart, height = 300 }: Props) {
  return (
    <section aria-labelledby={`${id}-title`} className="section chart-frame">
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="chart-summary" id={`${id}-summary`}>
        {summary}
      </p>
      {chart ? (
        <LazyChart chart={chart} height={height} placeholder={{ titleId: `${id}-title`, columns, rows }} />
      ) : (
        <div className="chart-box" style={{ height }}>
          <EmptyChart />
        </div>
      )}
      {notes}
      <ChartTable columns={columns} rows={rows} />
    </section>
  );
}
