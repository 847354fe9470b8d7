import { describe, expect, it } from 'vitest';
import { percentOf, shareOf } from './plot-geometry';
import { labelAxis, valueAxis } from './value-axis';

describe('value axis', () => {
  it('ends on a round value at or above the largest figure, with round ticks from zero', () => {
    expect(valueAxis(13_800_000_000)).toEqual({ top: 14e9, ticks: [0, 2e9, 4e9, 6e9, 8e9, 10e9, 12e9, 14e9] });
    expect(valueAxis(9)).toEqual({ top: 10, ticks: [0, 2, 4, 6, 8, 10] });
  });

  it('marks counts on whole numbers only', () => {
    expect(valueAxis(2, { whole: true })).toEqual({ top: 2, ticks: [0, 1, 2] });
    expect(valueAxis(1, { whole: true }).ticks).toEqual([0, 1]);
    // 3.2 rounds to 3.5 for amounts; a count axis ends on a whole number.
    expect(valueAxis(3.2, { whole: true })).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] });
  });

  it('draws an axis for an empty chart instead of dividing by zero', () => {
    expect(valueAxis(0)).toEqual({ top: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(percentOf(0, valueAxis(0))).toBe('0.00%');
  });

  it('places values along the axis in percent, never below zero', () => {
    const axis = valueAxis(13_800_000_000);
    expect(percentOf(7e9, axis)).toBe('50.00%');
    expect(percentOf(-5, axis)).toBe('0.00%');
  });

  it('writes the share of a segment in its bar to two decimals', () => {
    expect(shareOf(1, 3)).toBe('33.33%');
    expect(shareOf(5, 5)).toBe('100.00%');
  });

  it('writes each tick with the formatter of its chart, for the browser', () => {
    expect(labelAxis(valueAxis(2, { whole: true }), (v) => `${v} sanctions`)).toEqual({
      top: 2,
      ticks: [
        { value: 0, label: '0 sanctions' },
        { value: 1, label: '1 sanctions' },
        { value: 2, label: '2 sanctions' },
      ],
    });
  });
});
