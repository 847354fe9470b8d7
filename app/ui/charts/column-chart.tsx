import type { BarGroup } from './bar-rows';
import { ChartLegend, type LegendItem } from './chart-legend';
import { ValueTicks } from './value-ticks';
import styles from './plot.module.css';
import { percentOf, type ValueAxis } from './value-axis';

interface Props {
  groups: BarGroup[];
  axis: ValueAxis;
  tick: (value: number) => string;
  /** Room for the value axis, in px. */
  axisWidth: number;
  maxBar: number;
  legend?: LegendItem[];
  /** The text under column `index`, or nothing; by default every few columns' labels. */
  labelAt?: (index: number) => string | null;
}

// Labels under the columns: as many as fit side by side on a phone; the rest are skipped
// evenly (every column keeps its tooltip, and the table lists them all).
export const MAX_LABELS = 8;

/** One column per group (a category, a month), stacked bottom up; drawn as HTML on the server. */
export function ColumnChart({ groups, axis, tick, axisWidth, maxBar, legend, labelAt }: Props) {
  const every = Math.ceil(groups.length / MAX_LABELS);
  const label = labelAt ?? ((i: number) => (i % every === 0 ? (groups[i]?.label ?? null) : null));
  return (
    <div className={styles.columns} data-chart="columns" style={{ '--axis': `${axisWidth}px`, '--bar': `${maxBar}px` } as React.CSSProperties}>
      <div className={styles.columnPlot}>
        <ValueTicks axis={axis} tick={tick} />
        {groups.map((g) => {
          const total = g.segments.reduce((sum, s) => sum + s.value, 0);
          return (
            <div key={g.label} className={styles.column} data-tip={g.tip}>
              <span className={styles.columnStack} style={{ height: percentOf(total, axis) }}>
                {g.segments
                  .filter((s) => s.value > 0)
                  .map((s) => (
                    <span key={s.name} data-mark="bar" style={{ height: `${(s.value / total) * 100}%`, background: s.colour }} />
                  ))}
              </span>
              {g.text && (
                <span className={styles.columnText} style={{ bottom: percentOf(total, axis) }}>
                  {g.text}
                </span>
              )}
            </div>
          );
        })}
      </div>
      <div className={styles.columnLabels} aria-hidden="true">
        {groups.map((g, i) => (
          <span key={g.label}>{label(i)}</span>
        ))}
      </div>
      {legend && <ChartLegend items={legend} />}
    </div>
  );
}
