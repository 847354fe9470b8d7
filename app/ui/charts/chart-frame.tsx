import { ChartBox } from './chart-box';
import { ChartPlaceholder } from './chart-placeholder';
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
  /** A Recharts chart, drawn in the browser over its figures; `null` when nothing is left to draw. */
  chart?: ChartSpec | null;
  /** The chart box's height in px. */
  height?: number;
  /** A chart drawn on the server instead. */
  children?: React.ReactNode;
}

/** A chart with its title, a text summary and the same data as a table. */
export function ChartFrame({ id, title, summary, columns, rows, notes, chart, height = 300, children }: Props) {
  const box =
    chart === undefined ? (
      <ChartBox className="chart-box" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
        {children}
      </ChartBox>
    ) : chart === null ? (
      <div className="chart-box" style={{ height }}>
        <EmptyChart />
      </div>
    ) : (
      <LazyChart chart={chart} height={height}>
        <ChartPlaceholder titleId={`${id}-title`} columns={columns} rows={rows} />
      </LazyChart>
    );
  return (
    <section aria-labelledby={`${id}-title`} className="section chart-frame">
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="chart-summary" id={`${id}-summary`}>
        {summary}
      </p>
      {box}
      {notes}
      <ChartTable columns={columns} rows={rows} />
    </section>
  );
}
