import { nice, ticks } from 'd3-array';

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

/** Where a value sits along the axis, in percent, for CSS. */
export const percentOf = (value: number, axis: ValueAxis) => `${((Math.max(0, value) / axis.top) * 100).toFixed(2)}%`;
