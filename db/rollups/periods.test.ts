import { describe, expect, it } from 'vitest';
import { periodRanges } from './periods';

/** Every day a set of ranges covers, expanded, to compare with the days asked for. */
function coveredDays(from: string, to: string, coarsest?: 0 | 1 | 2 | 3): string[] {
  const days: string[] = [];
  const ranges = periodRanges(from, to, coarsest);
  for (let t = Date.parse('2019-01-01'); t <= Date.parse('2025-12-31'); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    const hits = ranges.filter(({ grain, lo, hi }) => {
      const key = grain === 1 ? day.slice(0, 4) : grain === 2 ? day.slice(0, 7) : day;
      return key >= lo && key <= hi;
    });
    expect(hits.length).toBeLessThanOrEqual(1);
    if (hits.length) days.push(day);
  }
  return days;
}

const daysBetween = (from: string, to: string) => {
  const days: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
};

describe('periodRanges', () => {
  it('is the all-time cell when there are no bounds', () => {
    expect(periodRanges()).toEqual([{ grain: 0, lo: '', hi: '' }]);
  });

  it.each([
    ['2022-01-01', '2022-12-31'],
    ['2022-02-24', '2022-06-30'],
    ['2021-11-15', '2024-02-29'],
    ['2022-03-05', '2022-03-05'],
    ['2020-02-01', '2020-02-29'],
    ['2019-12-31', '2020-01-01'],
  ])('covers %s..%s exactly once, day for day', (from, to) => {
    expect(coveredDays(from, to)).toEqual(daysBetween(from, to));
    expect(coveredDays(from, to, 2)).toEqual(daysBetween(from, to));
  });

  it('uses whole years, then months, then days', () => {
    expect(periodRanges('2021-11-15', '2024-02-29')).toEqual([
      { grain: 3, lo: '2021-11-15', hi: '2021-11-30' },
      { grain: 2, lo: '2021-12', hi: '2021-12' },
      { grain: 2, lo: '2024-01', hi: '2024-02' },
      { grain: 1, lo: '2022', hi: '2023' },
    ]);
  });

  it('never goes coarser than asked', () => {
    expect(periodRanges(undefined, undefined, 2)).toEqual([{ grain: 2, lo: '0000-01', hi: '9999-12' }]);
    expect(periodRanges('2022-01-01', undefined).at(-1)).toEqual({ grain: 1, lo: '2022', hi: '9999' });
  });

  it('is empty for an inverted range', () => {
    expect(periodRanges('2023-01-01', '2022-01-01')).toEqual([]);
  });
});
