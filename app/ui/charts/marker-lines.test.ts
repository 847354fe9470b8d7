import { describe, expect, it } from 'vitest';
import { markerLines } from './marker-lines';

describe('event numbers over the running total', () => {
  it('keeps numbers far apart on the first line', () => {
    expect(markerLines([0, 0.4, 0.97])).toEqual([0, 0, 0]);
  });

  it('raises a number that would touch the one before, up to the third line', () => {
    // Ten events in the last few percent of the axis, as at a million rows.
    expect(markerLines([0.8, 0.81, 0.815, 0.82, 0.85, 0.852, 0.854, 0.9])).toEqual([0, 1, 2, 2, 0, 1, 2, 0]);
  });
});
