import { describe, expect, it } from 'vitest';
import { markerLines, stepPath } from './step-layout';

describe('event numbers over the area chart', () => {
  it('keeps numbers far apart on the first line', () => {
    expect(markerLines([0, 40, 97])).toEqual([0, 0, 0]);
  });

  it('raises a number that would touch the one before, up to the third line', () => {
    // Ten events in the last few percent of the axis, as at a million rows.
    expect(markerLines([80, 81, 81.5, 82, 85, 85.2, 85.4, 90])).toEqual([0, 1, 2, 2, 0, 1, 2, 0]);
  });
});

describe('the running total as a path', () => {
  it('steps level to each point, then up to its total, skipping moves that change nothing', () => {
    expect(
      stepPath([
        [0, 1000],
        [28.31, 1000],
        [34.6, 998.44],
        [40, 998.44],
        [1000, 990],
      ]),
    ).toBe('M0 1000H28.3H34.6V998.4H40H1000V990');
    expect(stepPath([])).toBe('');
  });
});
