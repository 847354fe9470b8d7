// Placing marks in percent of a plot, shared by the charts' server and browser code.

import { formatCount, formatUsdExact } from '@/app/lib/format';

/** An axis from zero to `top`, with its ticks labelled on the server. */
export interface AxisSpec {
  top: number;
  ticks: { value: number; label: string }[];
}

/**
 * The side of the box the columns, the running total and the hit strips are drawn in,
 * stretched to the plot (`preserveAspectRatio="none"`): shapes stretch true, strokes keep
 * their width, and all text stays HTML at its own size.
 */
export const BOX = 1000;

/** Labels under a row of columns: as many as fit side by side on a phone. */
export const MAX_LABELS = 8;

/** Where a value sits along the axis, in percent, for CSS. */
export const percentOf = (value: number, axis: { top: number }) => `${((Math.max(0, value) / axis.top) * 100).toFixed(2)}%`;

/** A segment's share of its stacked bar, in percent, for CSS. */
export const shareOf = (value: number, total: number) => `${((value / total) * 100).toFixed(2)}%`;

/** A colour of a stacked chart and what it stands for. */
export interface Series {
  name: string;
  colour: string;
}

export interface BarGroup {
  label: string;
  /** One value per series, stacked in the series' order; zeros draw nothing. */
  values: number[];
  /** Written just after the bar, e.g. `1 · $13.6 billion`. */
  text?: string;
  /** Shown on pointing at the group, when it says more than `groupTip` would. */
  tip?: string;
}

/** How a chart's figures are written in full. */
export type ValueKind = 'usd' | 'count';

export const formatValue = (kind: ValueKind, value: number) => (kind === 'usd' ? formatUsdExact(value) : formatCount(value));

/** `United States`, then `Humanitarian: $13,600,000,000` and so on, a line per series. */
export const groupTip = (g: BarGroup, series: Series[], kind: ValueKind) =>
  g.tip ?? [g.label, ...series.map((s, i) => `${s.name}: ${formatValue(kind, g.values[i] ?? 0)}`)].join('\n');

export const totalOf = (g: BarGroup) => g.values.reduce((sum, v) => sum + v, 0);

/** A stacked bar's colours as one background, left to right in proportion: one element per bar. */
export function stackedFill(values: number[], series: Series[]): string {
  const drawn = values.flatMap((value, i) => (value > 0 && series[i] ? [{ value, colour: series[i].colour }] : []));
  if (drawn.length === 1) return drawn[0]!.colour;
  const total = drawn.reduce((sum, s) => sum + s.value, 0);
  let end = 0;
  const stops = drawn.map((s, i) => {
    end += s.value;
    return i === drawn.length - 1 ? `${s.colour} 0` : `${s.colour} 0 ${shareOf(end, total)}`;
  });
  return `linear-gradient(90deg,${stops.join(',')})`;
}
