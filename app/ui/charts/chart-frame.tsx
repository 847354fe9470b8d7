import { ChartBox } from './chart-box';
import { ChartTable } from './chart-table';

interface Props {
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows, for readers who cannot see it. */
  summary: string;
  columns: string[];
  rows: string[][];
  /** What the chart's marks mean when they need words (a key to numbered markers). */
  notes?: React.ReactNode;
  children: React.ReactNode;
}

/** A chart with its title, a text summary and the same data as a table. */
export function ChartFrame({ id, title, summary, columns, rows, notes, children }: Props) {
  return (
    <section aria-labelledby={`${id}-title`} className="section chart-frame">
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="chart-summary" id={`${id}-summary`}>
        {summary}
      </p>
      <ChartBox className="chart-box" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
        {children}
      </ChartBox>
      {notes}
      <ChartTable columns={columns} rows={rows} />
    </section>
  );
}
