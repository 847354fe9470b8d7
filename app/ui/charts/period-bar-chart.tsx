'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatCountShort, formatUsdExact, formatUsdShort } from '@/app/lib/format';

export interface PeriodSeries {
  key: string;
  name: string;
  colour: string;
}

export type PeriodDatum = { label: string } & Record<string, number | string>;

interface Props {
  data: PeriodDatum[];
  series: PeriodSeries[];
  /** Formatters cannot cross from server to client, so the kind of value is named instead. */
  valueKind: 'usd' | 'count';
}

/** Grouped bars per period (month or year), one colour per series. */
export function PeriodBarChart({ data, series, valueKind }: Props) {
  const tick = valueKind === 'usd' ? formatUsdShort : formatCountShort;
  const exact = valueKind === 'usd' ? formatUsdExact : formatCount;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tickLine={false} />
        <YAxis tickFormatter={tick} width={valueKind === 'usd' ? 56 : 44} allowDecimals={false} />
        <Tooltip formatter={(value, name) => [exact(Number(value)), name]} cursor={{ fill: 'rgba(0,0,0,0.05)' }} />
        <Legend />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.colour} maxBarSize={56} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
