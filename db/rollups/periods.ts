import { GRAINS, type Grain } from './cubes';

/** Cube rows at one grain whose period lies between `lo` and `hi` (inclusive). */
export interface PeriodRange {
  grain: Grain;
  lo: string;
  hi: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate(), 2)}`;
};
const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + by;
  return `${pad(Math.floor(i / 12), 4)}-${pad((i % 12) + 1, 2)}`;
};

/**
 * The fewest cube ranges that cover the days `from`..`to` exactly: the edge days, then
 * the edge months, then whole years. `coarsest` keeps a chart's resolution: with `month`,
 * years are not used, so every row still says which month it belongs to. No bounds at all
 * is the single all-time row per cell.
 */
export function periodRanges(from?: string, to?: string, coarsest: Grain = GRAINS.all): PeriodRange[] {
  if (!from && !to && coarsest === GRAINS.all) return [{ grain: GRAINS.all, lo: '', hi: '' }];
  const first = from ?? '0000-01-01';
  const last = to ?? '9999-12-31';
  if (first > last) return [];
  let m1 = first.slice(0, 7);
  let m2 = last.slice(0, 7);
  const headDays = first !== `${m1}-01`;
  const tailDays = last !== lastDay(m2);
  if (m1 === m2 && (headDays || tailDays)) return [{ grain: GRAINS.day, lo: first, hi: last }];
  const ranges: PeriodRange[] = [];
  if (headDays) {
    ranges.push({ grain: GRAINS.day, lo: first, hi: lastDay(m1) });
    m1 = shiftMonth(m1, 1);
  }
  if (tailDays) {
    ranges.push({ grain: GRAINS.day, lo: `${m2}-01`, hi: last });
    m2 = shiftMonth(m2, -1);
  }
  if (m1 <= m2) ranges.push(...monthRanges(m1, m2, coarsest));
  return ranges;
}

function monthRanges(m1: string, m2: string, coarsest: Grain): PeriodRange[] {
  if (coarsest >= GRAINS.month) return [{ grain: GRAINS.month, lo: m1, hi: m2 }];
  let y1 = Number(m1.slice(0, 4));
  let y2 = Number(m2.slice(0, 4));
  const headMonths = !m1.endsWith('-01');
  const tailMonths = !m2.endsWith('-12');
  if (y1 === y2 && (headMonths || tailMonths)) return [{ grain: GRAINS.month, lo: m1, hi: m2 }];
  const ranges: PeriodRange[] = [];
  if (headMonths) {
    ranges.push({ grain: GRAINS.month, lo: m1, hi: `${pad(y1, 4)}-12` });
    y1 += 1;
  }
  if (tailMonths) {
    ranges.push({ grain: GRAINS.month, lo: `${pad(y2, 4)}-01`, hi: m2 });
    y2 -= 1;
  }
  if (y1 <= y2) ranges.push({ grain: GRAINS.year, lo: pad(y1, 4), hi: pad(y2, 4) });
  return ranges;
}
