import { describe, expect, it } from 'vitest';
import { markerLines } from './step-area-chart';

describe('event numbers over the area chart', () => {
  it('keeps numbers far apart on the first line', () => {
    expect(markerLines([0, 40, 97])).toEqual([0, 0, 0]);
  });

  it('raises a number that would touch the one before, up to the third line', () => {
    // Ten events in the last few percent of the axis, as at a million rows.
    expect(markerLines([80, 81, 81.5, 82, 85, 85.2, 85.4, 90])).toEqual([0, 1, 2, 2, 0, 1, 2, 0]);
  });
});
