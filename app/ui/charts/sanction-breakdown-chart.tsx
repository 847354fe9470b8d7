'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SanctionStatus } from '@/db/vocabulary';
import { formatCountShort, formatVocabulary } from '@/app/lib/format';
import { legendText } from './legend-text';
import { SANCTION_STATUS_COLOURS } from './palette';

export type SanctionBreakdownDatum = { label: string } & Partial<Record<SanctionStatus, number>>;

interface Props {
  data: SanctionBreakdownDatum[];
  /** Only the statuses present, so the legend lists nothing that is not drawn. */
  statuses: SanctionStatus[];
}

/** Sanctions per group (imposer, target kind, measure), one horizontal bar each, stacked by status. */
export function SanctionBreakdownChart({ data, statuses }: Props) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickFormatter={formatCountShort} />
        <YAxis type="category" dataKey="label" width={120} tickLine={false} fontSize={12} interval={0} />
        <Tooltip cursor={{ fill: 'rgba(0,0,0,0.05)' }} />
        <Legend itemSorter={null} formatter={legendText} />
        {statuses.map((status) => (
          <Bar
            key={status}
            dataKey={status}
            name={formatVocabulary(status)}
            stackId="sanctions"
            fill={SANCTION_STATUS_COLOURS[status]}
            isAnimationActive={false}
            maxBarSize={32}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
