'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AID_CATEGORIES, type AidCategory } from '@/db/vocabulary';
import { formatUsdExact, formatUsdShort, formatVocabulary } from '@/app/lib/format';
import { legendText } from './legend-text';
import { CATEGORY_COLOURS } from './palette';

export type AidByDonorDatum = { name: string } & Record<AidCategory, number>;

/** Committed aid per donor, one horizontal bar each, stacked by category. */
export function AidByDonorChart({ data }: { data: AidByDonorDatum[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={formatUsdShort} />
        <YAxis type="category" dataKey="name" width={120} tickLine={false} fontSize={12} />
        <Tooltip formatter={(value, name) => [formatUsdExact(Number(value)), name]} cursor={{ fill: 'rgba(0,0,0,0.05)' }} />
        <Legend itemSorter={null} formatter={legendText} />
        {AID_CATEGORIES.map((category) => (
          <Bar
            key={category}
            dataKey={category}
            name={formatVocabulary(category)}
            stackId="aid"
            fill={CATEGORY_COLOURS[category]}
            isAnimationActive={false}
            maxBarSize={40}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
