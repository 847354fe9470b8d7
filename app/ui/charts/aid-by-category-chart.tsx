'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AidCategory } from '@/db/vocabulary';
import { formatUsd, formatUsdExact, formatUsdShort } from '@/app/lib/format';
import { CATEGORY_COLOURS } from './palette';

export interface AidByCategoryDatum {
  category: AidCategory;
  label: string;
  usd: number;
}

export function AidByCategoryChart({ data }: { data: AidByCategoryDatum[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 24, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tickLine={false} interval={0} fontSize={12} />
        <YAxis tickFormatter={formatUsdShort} width={56} />
        <Tooltip
          formatter={(value) => [formatUsdExact(Number(value)), 'Committed']}
          cursor={{ fill: 'rgba(0,0,0,0.05)' }}
        />
        <Bar dataKey="usd" name="Committed" isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.category} fill={CATEGORY_COLOURS[d.category]} />
          ))}
          {/* Small bars next to a large one are unreadable without their value. */}
          <LabelList dataKey="usd" position="top" fontSize={12} formatter={(v) => (Number(v) > 0 ? formatUsd(Number(v)) : '')} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
