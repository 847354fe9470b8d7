// Turns sparse per-month figures into an even time axis for a chart: every month between
// the first and the last (empty months as 0, so gaps read as gaps), or every year when
// the span is too long for monthly bars to stay readable.

/** More months than this are shown by year. */
export const MAX_MONTHS = 36;

export interface MonthValue<K extends string> {
  /** `YYYY-MM`. */
  month: string;
  series: K;
  value: number;
}

export interface TimeBucket<K extends string> {
  /** `YYYY-MM` or `YYYY`. */
  period: string;
  values: Record<K, number>;
}

export interface TimeSeries<K extends string> {
  unit: 'month' | 'year';
  buckets: TimeBucket<K>[];
}

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthOf = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

export function toTimeSeries<K extends string>(points: MonthValue<K>[], keys: readonly K[]): TimeSeries<K> {
  if (points.length === 0) return { unit: 'month', buckets: [] };
  const indexes = points.map((p) => monthIndex(p.month));
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const unit = last - first + 1 > MAX_MONTHS ? 'year' : 'month';
  const periodOf = (month: string) => (unit === 'year' ? month.slice(0, 4) : month);

  const periods: string[] = [];
  if (unit === 'month') for (let i = first; i <= last; i++) periods.push(monthOf(i));
  else for (let y = Math.floor(first / 12); y <= Math.floor(last / 12); y++) periods.push(String(y));

  const zero = () => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const buckets = new Map(periods.map((period) => [period, { period, values: zero() }]));
  for (const p of points) {
    const bucket = buckets.get(periodOf(p.month));
    if (bucket) bucket.values[p.series] += p.value;
  }
  return { unit, buckets: [...buckets.values()] };
}
