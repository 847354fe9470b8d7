import { formatCount, formatCountShort, formatUsdExact, formatUsdShort } from '@/app/lib/format';

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
