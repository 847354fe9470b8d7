'use client';

import { Area, AreaChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatUsdExact, formatUsdShort } from '@/app/lib/format';
import { OKABE_ITO } from './palette';

export interface CumulativeAidData {
  /** Time in ms since the epoch (UTC midnight) and the committed total reached by then. */
  points: { t: number; usd: number }[];
  /** Events drawn as numbered vertical lines; the numbers are explained under the chart. */
  markers: { t: number; label: string }[];
  domain: [number, number];
  ticks: number[];
}

const isoOf = (t: number) => new Date(t).toISOString().slice(0, 10);
const monthTick = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' });

export function CumulativeAidChart({ data }: { data: CumulativeAidData }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart data={data.points} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={data.domain}
          ticks={data.ticks}
          tickFormatter={(t: number) => monthTick.format(t)}
          fontSize={12}
        />
        <YAxis tickFormatter={formatUsdShort} width={56} />
        <Tooltip
          labelFormatter={(t) => formatDate(isoOf(Number(t)))}
          formatter={(value) => [formatUsdExact(Number(value)), 'Committed so far']}
        />
        {/* Steps, not slopes: the total changes on the day a package is announced. */}
        <Area
          dataKey="usd"
          type="stepAfter"
          stroke={OKABE_ITO.blue}
          fill={OKABE_ITO.blue}
          fillOpacity={0.2}
          isAnimationActive={false}
          name="Committed so far"
        />
        {data.markers.map((m) => (
          <ReferenceLine
            key={m.t}
            x={m.t}
            stroke={OKABE_ITO.black}
            strokeDasharray="4 3"
            label={{ value: m.label, position: 'top', fontSize: 12, fontWeight: 700, fill: OKABE_ITO.black }}
          />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}
