'use client';

import { useMemo } from 'react';
import { Area, AreaChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate } from '@/app/lib/format';
import { AXIS, ChartContainer, ChartTooltipContent, GRID } from './chart';
import { formatTick, type SeriesSpec, type ValueKind } from './chart-config';
import { markerLines } from './marker-lines';

export interface RunningTotalChartProps {
  /** The table's rows: each period's first day (ISO) and, under the series' key, the total reached by its end. */
  data: ({ date: string } & Record<string, string | number>)[];
  /** The one series: e.g. `Committed so far`, in blue. */
  series: [SeriesSpec];
  kind: ValueKind;
  /** Events drawn as numbered vertical lines; the numbers are explained under the chart. */
  markers: { t: number; label: string }[];
  domain: [number, number];
  ticks: number[];
}

const timeOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The rows as steps across the whole axis: from nothing at its start to the last total at its end. */
function steps(rows: RunningTotalChartProps['data'], key: string, [from, to]: [number, number]) {
  const points = rows.map((r) => ({ t: timeOf(r.date), [key]: Number(r[key]) }));
  return [{ t: from, [key]: 0 }, ...points, { t: to, [key]: points.at(-1)?.[key] ?? 0 }];
}

const dayTick = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});
const dateOf = (t: unknown) => formatDate(new Date(Number(t)).toISOString().slice(0, 10));

// A raised event number sits this much higher than the one below.
const LINE_PX = 14;

/** A running total in steps (it changes on the day something is announced), with numbered event lines. */
export function RunningTotalChart({ data, series, kind, markers, domain, ticks }: RunningTotalChartProps) {
  const [s] = series;
  const points = useMemo(() => steps(data, s.key, domain), [data, s.key, domain]);
  const lines = markerLines(markers.map((m) => (m.t - domain[0]) / (domain[1] - domain[0])));
  const raised = Math.max(0, ...lines);
  return (
    <ChartContainer series={series} kind={kind}>
      <AreaChart
        data={points}
        margin={{ top: 24 + raised * LINE_PX, right: 24, bottom: 0, left: 0 }}
        accessibilityLayer
      >
        <CartesianGrid {...GRID} vertical={false} />
        <XAxis
          {...AXIS}
          dataKey="t"
          type="number"
          scale="time"
          domain={domain}
          ticks={ticks}
          tickFormatter={(t: number) => dayTick.format(t)}
        />
        <YAxis {...AXIS} tickFormatter={formatTick(kind)} width={56} />
        <Tooltip content={<ChartTooltipContent labelFormatter={dateOf} />} isAnimationActive={false} />
        <Area
          type="stepAfter"
          dataKey={s.key}
          name={s.label}
          stroke={s.colour}
          fill={s.colour}
          fillOpacity={0.2}
          strokeWidth={1.5}
          isAnimationActive={false}
        />
        {markers.map((m, i) => (
          <ReferenceLine
            key={m.t}
            x={m.t}
            stroke="#000"
            strokeDasharray="4 3"
            label={{
              value: m.label,
              position: 'top',
              offset: 4 + (lines[i] ?? 0) * LINE_PX,
              fontSize: 12,
              fontWeight: 700,
              fill: '#000',
            }}
          />
        ))}
      </AreaChart>
    </ChartContainer>
  );
}
