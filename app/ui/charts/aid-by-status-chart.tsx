'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCountShort } from '@/app/lib/format';
import type { AidStatus } from '@/db/vocabulary';
import { AID_STATUS_COLOURS } from './palette';

export interface AidByStatusDatum {
  status: AidStatus;
  label: string;
  count: number;
  /** Short label drawn by the bar, e.g. `1 · $13.6 billion`, written on the server. */
  text: string;
  /** The same in words for the tooltip, e.g. `1 package, $13.6 billion`. */
  description: string;
}

/** Packages at each lifecycle stage, top to bottom from requested to delivered, then the dead ends. */
export function AidByStatusChart({ data }: { data: AidByStatusDatum[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        {/* Room to the right of the longest bar for its label. */}
        <XAxis type="number" allowDecimals={false} tickFormatter={formatCountShort} domain={[0, (max: number) => Math.ceil(Math.max(1, max) * 1.6)]} />
        <YAxis type="category" dataKey="label" width={80} tickLine={false} fontSize={12} interval={0} />
        <Tooltip
          formatter={(_value, _name, item) => [(item.payload as AidByStatusDatum).description, '']}
          cursor={{ fill: 'rgba(0,0,0,0.05)' }}
        />
        <Bar dataKey="count" name="Packages" isAnimationActive={false} maxBarSize={28}>
          {data.map((d) => (
            <Cell key={d.status} fill={AID_STATUS_COLOURS[d.status]} />
          ))}
          <LabelList dataKey="text" content={StatusLabel} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/** Written just after the bar's end, so short and empty bars keep a readable label. */
function StatusLabel({ x = 0, y = 0, width = 0, height = 0, value }: LabelProps) {
  return (
    <text x={Number(x) + Number(width) + 6} y={Number(y) + Number(height) / 2} dominantBaseline="central" fontSize={12} fill="#1b1f24">
      {String(value ?? '')}
    </text>
  );
}
