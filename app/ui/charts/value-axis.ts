import { nice, ticks } from 'd3-array';
import type { AxisSpec } from './plot-geometry';

/** A value axis from zero to a round top, with the round values to mark on it. */
export interface ValueAxis {
  top: number;
  ticks: number[];
}

/**
 * Zero to a round value at or above `max`, about `count` ticks. Counts tick only on whole
 * numbers; an empty chart still gets an axis (0 to 1).
 */
export function valueAxis(max: number, { count = 5, whole = false } = {}): ValueAxis {
  const [, rounded] = nice(0, Math.max(max, whole ? 1 : 0) || 1, count);
  const top = whole ? Math.ceil(rounded) : rounded;
  return { top, ticks: ticks(0, top, count).filter((t) => !whole || Number.isInteger(t)) };
}

/** The axis with its ticks written out, as the charts in the browser draw it. */
export function labelAxis(axis: ValueAxis, format: (value: number) => string): AxisSpec {
  return { top: axis.top, ticks: axis.ticks.map((value) => ({ value, label: format(value) })) };
}
