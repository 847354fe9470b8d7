import { describe, expect, it } from 'vitest';
import { yearLabels } from './sanctions-over-time-chart';

const months = (from: number, to: number) =>
  Array.from({ length: (to - from + 1) * 12 }, (_, i) => `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'][i % 12]} ${from + Math.floor(i / 12)}`);

describe('labels under the months of the sanctions chart', () => {
  it('leaves a few months to the default labels', () => {
    expect(yearLabels(['Feb 2022', 'Mar 2022'])).toBeUndefined();
  });

  it('names the years, every third when thirteen would crowd the axis', () => {
    const labels = months(2014, 2026);
    const at = yearLabels(labels)!;
    const shown = labels.flatMap((_, i) => (at[i] === null ? [] : [[i, at[i]]]));
    expect(shown).toEqual([
      [0, '2014'],
      [36, '2017'],
      [72, '2020'],
      [108, '2023'],
      [144, '2026'],
    ]);
  });

  it('names each year when there are few', () => {
    const labels = months(2021, 2023).slice(3);
    expect(yearLabels(labels)!.filter(Boolean)).toEqual(['2022', '2023']);
  });
});
