'use client';

import { createContext, useContext } from 'react';
import { ResponsiveContainer, type LegendPayload, type TooltipContentProps } from 'recharts';
import { formatExact, type SeriesSpec, type ValueKind } from './chart-config';
import styles from './chart.module.css';

// The one chart wrapper (after shadcn/ui's chart.tsx): every chart draws its series in the
// colours and names of its config, and writes its figures one way, in one tooltip and one
// legend look.

interface ChartContextValue {
  series: SeriesSpec[];
  kind: ValueKind;
  /** A data key whose text the tooltip adds under the figures, e.g. `2 packages, amount not disclosed`. */
  detail?: string;
}

const ChartContext = createContext<ChartContextValue>({ series: [], kind: 'count' });

interface ContainerProps extends ChartContextValue {
  children: React.ReactElement;
}

/** Fills the chart's box, whose size the server set: the chart never moves the page. */
export function ChartContainer({ children, ...context }: ContainerProps) {
  return (
    <ChartContext.Provider value={context}>
      <div className={styles.chart}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 1, height: 1 }}>
          {children}
        </ResponsiveContainer>
      </div>
    </ChartContext.Provider>
  );
}

/** The label of what is pointed at, then each series' exact figure. */
export function ChartTooltipContent({
  active,
  payload,
  label,
  labelFormatter,
}: Partial<TooltipContentProps<number, string>> & { labelFormatter?: (label: unknown) => string }) {
  const { series, kind, detail } = useContext(ChartContext);
  if (!active || !payload?.length) return null;
  const exact = formatExact(kind);
  const row = payload[0]?.payload as Record<string, unknown> | undefined;
  const title = labelFormatter ? labelFormatter(label) : String(label ?? row?.label ?? '');
  const note = detail && typeof row?.[detail] === 'string' ? row[detail] : null;
  return (
    <div className={styles.tooltip} role="tooltip">
      <div className={styles.tooltipTitle}>{title}</div>
      {note ?? (
        <ul>
          {payload.map((item) => {
            const spec = series.find((s) => s.key === item.dataKey);
            return (
              <li key={String(item.dataKey)}>
                <span
                  className={styles.swatch}
                  style={{ background: spec?.colour ?? item.color }}
                  aria-hidden="true"
                />
                {spec?.label ?? item.name}: {exact(Number(item.value))}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** What each colour stands for; names in the text colour, as the light swatches are not legible as text. */
export function ChartLegendContent({ payload }: { payload?: readonly LegendPayload[] }) {
  const { series } = useContext(ChartContext);
  const keys = new Set(payload?.map((p) => String(p.dataKey)));
  return (
    <ul className={styles.legend}>
      {series
        .filter((s) => keys.size === 0 || keys.has(s.key))
        .map((s) => (
          <li key={s.key}>
            <span className={styles.swatch} style={{ background: s.colour }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
    </ul>
  );
}

/** The axes' and grid's look, shared by every chart. */
export const AXIS = { fontSize: 12, stroke: '#8c959f', tick: { fill: '#57606a' } } as const;
export const GRID = { stroke: '#d0d5db', strokeDasharray: '3 3' } as const;
export const CURSOR = { fill: 'rgb(0 0 0 / 0.05)' } as const;
