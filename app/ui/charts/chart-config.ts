import { formatCount, formatCountShort, formatDate, formatUsdExact, formatUsdShort } from '@/app/lib/format';

// What a chart draws, said in data a server component can hand to the browser: no
// functions cross that line, so formats are named (`kind`) and looked up here.

/** One series a chart draws: its data key, what the legend and tooltip call it, its colour. */
export interface SeriesSpec {
  key: string;
  label: string;
  colour: string;
}

/** How a chart's figures are written: US dollars or counts. */
export type ValueKind = 'usd' | 'count';

/** `$14B`, `1.4K`: for axes, where space is short. */
export const formatTick = (kind: ValueKind) => (kind === 'usd' ? formatUsdShort : formatCountShort);

/** `$13,600,000,000`, `7,710`: for tooltips, where the reader asked for the figure. */
export const formatExact = (kind: ValueKind) => (kind === 'usd' ? formatUsdExact : formatCount);

/** A row of a chart's data: its label, its values by series key, and any text drawn with it. */
export type ChartDatum = { label: string } & Record<string, string | number>;

/** How a table writes a column's cells: as given, as an exact figure, or an ISO date as a date. */
export type CellFormat = 'text' | ValueKind | 'date';

/** A column of a chart's table: the data key it shows, its heading, how its cells are written. */
export interface FigureColumn {
  key: string;
  label: string;
  format?: CellFormat;
}

/**
 * A chart's figures as a table: its columns over rows of data. The rows are the very array
 * the chart draws (the page's data carries them once), written out in the browser.
 */
export interface Figures {
  columns: FigureColumn[];
  rows: Record<string, string | number>[];
}

/** One cell as the table writes it: `$13,600,000,000`, `7,710`, `24 Feb 2022`. */
export function formatCell(value: string | number | undefined, format: CellFormat = 'text'): string {
  if (value === undefined) return '';
  if (format === 'date') return formatDate(String(value));
  if (format === 'text' || typeof value === 'string') return String(value);
  return formatExact(format)(value);
}
