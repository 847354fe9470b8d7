import { describe, expect, it } from 'vitest';
import { groupTip, stackedFill } from './plot-geometry';

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

describe('the tooltip of a group', () => {
  const statuses = [
    { name: 'Imposed', colour: 'blue' },
    { name: 'Threatened', colour: 'orange' },
  ];

  it('names the group, then every series with its figure in full', () => {
    expect(groupTip({ label: 'United States', values: [12_345, 0] }, statuses, 'count')).toBe('United States\nImposed: 12,345\nThreatened: 0');
    expect(groupTip({ label: 'EU', values: [13_600_000_000] }, [{ name: 'Humanitarian', colour: 'blue' }], 'usd')).toBe('EU\nHumanitarian: $13,600,000,000');
  });

  it('keeps a tooltip the server wrote', () => {
    expect(groupTip({ label: 'Requested', values: [2, 0], tip: 'Requested\n2 packages, amount not disclosed' }, statuses, 'count')).toBe(
      'Requested\n2 packages, amount not disclosed',
    );
  });
});
