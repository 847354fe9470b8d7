import { describe, expect, it } from 'vitest';
import { columnPaths } from './column-chart';
import { valueAxis } from './value-axis';

const SERIES = [
  { name: 'Imposed', colour: 'blue' },
  { name: 'Threatened', colour: 'orange' },
];
const group = (label: string, imposed: number, threatened: number) => ({ label, tip: label, values: [imposed, threatened] });

describe('columns as one path per series', () => {
  it('stacks each column bottom up, one rectangle per drawn segment, in its slot', () => {
    const { slot, width, series } = columnPaths([group('Feb', 4, 2), group('Mar', 0, 5)], SERIES, valueAxis(10), 1_000);
    // Each column 80% of its 500-unit slot, centred.
    expect([slot, width]).toEqual([500, 400]);
    expect(series).toEqual([
      // Feb: 0 → 4 of 10.
      { name: 'Imposed', colour: 'blue', d: 'M50 1000h400V600H50z' },
      // Feb's threat on top of its 4 (4 → 6); Mar's from the axis (0 → 5).
      { name: 'Threatened', colour: 'orange', d: 'M50 600h400V400H50zM550 1000h400V500H550z' },
    ]);
  });

  it('keeps a column no wider than its maximum on an ordinary chart, and draws nothing for empty groups', () => {
    const { width, series } = columnPaths([group('Humanitarian', 9, 0), group('Economic', 0, 0)], SERIES, valueAxis(10), 46);
    // 46 px of a typical 460 px plot: 100 of the 1000 units.
    expect(width).toBe(100);
    expect(series).toEqual([{ name: 'Imposed', colour: 'blue', d: 'M200 1000h100V100H200z' }]);
  });
});
