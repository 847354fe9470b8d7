import { FiguresTable } from './figures-table';

interface Props {
  /** The id of the chart's title, which names the table too. */
  titleId: string;
  columns: string[];
  rows: string[][];
}

/**
 * The figures the chart will draw, as a compact table in the chart's box: what readers
 * without JavaScript, crawlers and screen readers get, and what shows until the chart loads.
 * It scrolls inside the box (a tab stop, so the keyboard can scroll it too).
 */
export function ChartPlaceholder({ titleId, columns, rows }: Props) {
  return (
    <div className="chart-placeholder" tabIndex={0} role="group" aria-labelledby={titleId}>
      <FiguresTable columns={columns} rows={rows} labelledBy={titleId} />
    </div>
  );
}
