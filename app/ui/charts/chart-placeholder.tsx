import type { Figures } from './chart-config';
import { FiguresTable } from './figures-table';

export interface PlaceholderProps extends Figures {
  /** The ids of the chart's title and summary, which name and describe the table too. */
  titleId: string;
  summaryId: string;
  /** Said under the table when it shows fewer rows than the chart draws: how they are grouped. */
  note?: string;
}

/**
 * The figures the chart will draw, as a compact table in the chart's box: what readers
 * without JavaScript, crawlers and screen readers get, and what shows until the chart loads.
 * It scrolls inside the box (a tab stop, so the keyboard can scroll it too).
 */
export function ChartPlaceholder({ titleId, summaryId, columns, rows, note }: PlaceholderProps) {
  return (
    <div
      className="chart-placeholder"
      tabIndex={0}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
    >
      <FiguresTable columns={columns} rows={rows} labelledBy={titleId} />
      {note && <p className="chart-placeholder-note">{note}</p>}
    </div>
  );
}
