'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, ChartContainer, ChartLegendContent, ChartTooltipContent, CURSOR, GRID } from './chart';
import { formatTick, type ChartDatum, type SeriesSpec, type ValueKind } from './chart-config';

export interface BarsChartProps {
  data: ChartDatum[];
  series: SeriesSpec[];
  kind: ValueKind;
  /** `rows`: a horizontal bar per datum, its name on the left; `columns`: upright bars along the bottom. */
  layout: 'rows' | 'columns';
  /** The series stacked into one bar per datum, or side by side. */
  stacked?: boolean;
  /** A colour per datum, for one series whose rows are themselves the kinds (categories, statuses). */
  colours?: string[];
  /** A data key whose text is written by each bar, e.g. `$13.6 billion`. */
  text?: string;
  /** A data key whose text the tooltip says instead of the figures. */
  detail?: string;
  /** Room for the rows' names (rows) or the value axis (columns), in px. */
  axisWidth: number;
  /** Only these data labels are written under many columns, as `label` (e.g. `Jan 2014` as `2014`). */
  ticks?: { value: string; label: string }[];
  legend?: boolean;
  maxBar: number;
}

/** Bars by row or column, stacked or grouped by series; one module for every bar chart. */
export function BarsChart({
  data,
  series,
  kind,
  layout,
  stacked = false,
  colours,
  text,
  detail,
  axisWidth,
  ticks,
  legend = false,
  maxBar,
}: BarsChartProps) {
  const tick = formatTick(kind);
  const rows = layout === 'rows';
  const valueAxis = {
    ...AXIS,
    type: 'number' as const,
    tickFormatter: tick,
    allowDecimals: kind === 'usd',
    // Room past the longest bar for its text.
    domain: text && rows ? ([0, (max: number) => max * 1.6] as [number, (max: number) => number]) : undefined,
  };
  const tickNames = ticks && new Map(ticks.map((t) => [t.value, t.label]));
  const labelAxis = {
    ...AXIS,
    type: 'category' as const,
    dataKey: 'label',
    ticks: ticks?.map((t) => t.value),
    interval: ticks ? 0 : ('preserveStartEnd' as const),
    tickFormatter: tickNames ? (v: string) => tickNames.get(v) ?? '' : undefined,
  };
  const last = series.length - 1;
  return (
    <ChartContainer series={series} kind={kind} detail={detail}>
      <BarChart
        data={data}
        layout={rows ? 'vertical' : 'horizontal'}
        margin={{ top: text && !rows ? 20 : 8, right: 16, bottom: 0, left: 0 }}
        accessibilityLayer
      >
        <CartesianGrid {...GRID} horizontal={!rows} vertical={rows} />
        {rows ? <XAxis {...valueAxis} /> : <XAxis {...labelAxis} />}
        {rows ? (
          <YAxis {...labelAxis} width={axisWidth} interval={0} />
        ) : (
          <YAxis {...valueAxis} width={axisWidth} />
        )}
        <Tooltip content={<ChartTooltipContent />} cursor={CURSOR} isAnimationActive={false} />
        {legend && <Legend content={<ChartLegendContent />} />}
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={s.colour}
            stackId={stacked ? 'stack' : undefined}
            maxBarSize={maxBar}
            isAnimationActive={false}
          >
            {colours?.map((colour, k) => (
              <Cell key={k} fill={colour} />
            ))}
            {text && i === last && (
              <LabelList dataKey={text} position={rows ? 'right' : 'top'} fontSize={12} fill="#1f2328" />
            )}
          </Bar>
        ))}
      </BarChart>
    </ChartContainer>
  );
}
