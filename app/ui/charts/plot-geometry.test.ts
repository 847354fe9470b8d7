import { describe, expect, it } from 'vitest';
import { stackedFill } from './plot-geometry';

const series = (...colours: string[]) => colours.map((colour) => ({ name: colour, colour }));

describe('a stacked bar as one background', () => {
  it('is the plain colour of a bar with one segment drawn', () => {
    expect(stackedFill([5, 0], series('#0072B2', '#D55E00'))).toBe('#0072B2');
  });

  it('puts each colour in proportion, with hard edges, skipping empty segments', () => {
    expect(stackedFill([3, 0, 1], series('blue', 'purple', 'orange'))).toBe(
      'linear-gradient(90deg,blue 0 75.00%,orange 0)',
    );
    expect(stackedFill([1, 1, 2], series('red', 'green', 'blue'))).toBe(
      'linear-gradient(90deg,red 0 25.00%,green 0 50.00%,blue 0)',
    );
  });
});
