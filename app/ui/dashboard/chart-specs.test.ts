import { describe, expect, it } from 'vitest';
import { yearTicks } from './chart-specs';

const months = (from: number, to: number) =>
  Array.from(
    { length: (to - from + 1) * 12 },
    (_, i) =>
      `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'][i % 12]} ${from + Math.floor(i / 12)}`,
  );

describe('labels under the months of the sanctions chart', () => {
  it('leaves a few months to the default labels', () => {
    expect(yearTicks(['Feb 2022', 'Mar 2022'])).toBeUndefined();
  });

  it('names the years, every third when thirteen would crowd the axis', () => {
    expect(yearTicks(months(2014, 2026))).toEqual(
      ['2014', '2017', '2020', '2023', '2026'].map((year) => ({ value: `Jan ${year}`, label: year })),
    );
  });

  it('names each year when there are few', () => {
    expect(yearTicks(months(2021, 2023).slice(3))!.map((t) => t.label)).toEqual(['2022', '2023']);
  });
});
