'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SanctionStatus } from '@/db/vocabulary';
import { formatCountShort, formatVocabulary } from '@/app/lib/format';
import { legendText } from './legend-text';
import type { SanctionBreakdownDatum } from './sanction-breakdown-chart';
import { SANCTION_STATUS_COLOURS } from './palette';

/** Sanctions announced per month (or year), stacked by status; empty periods stay on the axis. */
export function SanctionsOverTimeChart({ data, statuses }: { data: SanctionBreakdownDatum[]; statuses: SanctionStatus[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tickLine={false} fontSize={12} minTickGap={12} />
        <YAxis allowDecimals={false} width={44} tickFormatter={formatCountShort} />
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
            maxBarSize={48}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
