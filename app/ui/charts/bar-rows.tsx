import { ChartLegend, type LegendItem } from './chart-legend';
import styles from './plot.module.css';
import { percentOf, type ValueAxis } from './value-axis';

export interface BarSegment {
  name: string;
  value: number;
  colour: string;
}

export interface BarGroup {
  label: string;
  /** Stacked left to right; zero segments draw nothing. */
  segments: BarSegment[];
  /** Written just after the bar, e.g. `1 · $13.6 billion`. */
  text?: string;
  /** Shown on pointing at the row: its label and every figure in it. */
  tip: string;
}

interface Props {
  groups: BarGroup[];
  axis: ValueAxis;
  tick: (value: number) => string;
  /** Room for the group names, in px. */
  labelWidth: number;
  maxBar: number;
  legend?: LegendItem[];
}

/** One horizontal bar per group, stacked by series, over a value axis; drawn as HTML on the server. */
export function BarRows({ groups, axis, tick, labelWidth, maxBar, legend }: Props) {
  return (
    <div
      className={styles.rows}
      data-chart="bars"
      style={{ '--label': `${labelWidth}px`, '--bar': `${maxBar}px`, '--count': groups.length } as React.CSSProperties}
    >
      <div className={styles.rowPlot}>
        <div className={styles.vGrid} aria-hidden="true">
          {axis.ticks.map((t) => (
            <span key={t} style={{ left: percentOf(t, axis) }} />
          ))}
        </div>
        {groups.map((g) => {
          const total = g.segments.reduce((sum, s) => sum + s.value, 0);
          return (
            <div key={g.label} className={styles.row} data-tip={g.tip}>
              <span className={styles.rowLabel}>{g.label}</span>
              <span className={styles.track}>
                <span className={styles.rowStack} style={{ width: percentOf(total, axis) }}>
                  {g.segments
                    .filter((s) => s.value > 0)
                    .map((s) => (
                      <span key={s.name} data-mark="bar" style={{ width: `${(s.value / total) * 100}%`, background: s.colour }} />
                    ))}
                </span>
                {g.text && <span className={styles.barText}>{g.text}</span>}
              </span>
            </div>
          );
        })}
      </div>
      <div className={styles.xTicks} aria-hidden="true">
        {axis.ticks.map((t) => (
          <span key={t} style={{ left: percentOf(t, axis) }}>
            {tick(t)}
          </span>
        ))}
      </div>
      {legend && <ChartLegend items={legend} />}
    </div>
  );
}
