import { describe, expect, it } from 'vitest';
import { toTimeSeries } from './time-buckets';

describe('toTimeSeries', () => {
  it('fills the months between the first and the last, empty months as 0', () => {
    const series = toTimeSeries(
      [
        { month: '2022-01', series: 'a', value: 5 },
        { month: '2022-03', series: 'b', value: 2 },
        { month: '2022-03', series: 'a', value: 1 },
      ],
      ['a', 'b'] as const,
    );
    expect(series).toEqual({
      unit: 'month',
      buckets: [
        { period: '2022-01', values: { a: 5, b: 0 } },
        { period: '2022-02', values: { a: 0, b: 0 } },
        { period: '2022-03', values: { a: 1, b: 2 } },
      ],
    });
  });

  it('crosses year ends and switches to years over a long span', () => {
    expect(
      toTimeSeries(
        [
          { month: '2021-12', series: 'a', value: 1 },
          { month: '2022-01', series: 'a', value: 1 },
        ],
        ['a'],
      ).buckets.map((b) => b.period),
    ).toEqual(['2021-12', '2022-01']);
    const long = toTimeSeries(
      [
        { month: '2019-06', series: 'a', value: 1 },
        { month: '2019-07', series: 'a', value: 2 },
        { month: '2022-07', series: 'a', value: 4 },
      ],
      ['a'],
    );
    expect(long.unit).toBe('year');
    expect(long.buckets).toEqual([
      { period: '2019', values: { a: 3 } },
      { period: '2020', values: { a: 0 } },
      { period: '2021', values: { a: 0 } },
      { period: '2022', values: { a: 4 } },
    ]);
  });

  it('has no buckets without data', () => {
    expect(toTimeSeries([], ['a'])).toEqual({ unit: 'month', buckets: [] });
  });
});
