'use client';

import { ChartLegend } from './chart-legend';
import styles from './plot.module.css';
import { groupTip, percentOf, stackedFill, totalOf, type AxisSpec, type BarGroup, type Series, type ValueKind } from './plot-geometry';
import { useRunning } from './use-running';

interface Props {
  series: Series[];
  groups: BarGroup[];
  /** How the tooltips write the figures. */
  kind: ValueKind;
  axis: AxisSpec;
  /** Room for the group names, in px. */
  labelWidth: number;
  maxBar: number;
  legend?: boolean;
}

/**
 * One horizontal bar per group, stacked by series, over a value axis. A client component
 * for its data's sake: rendered to HTML on the server all the same, it reaches the browser
 * as its props (the figures) instead of as its markup a second time in the page's data.
 */
export function BarRows({ series, groups, kind, axis, labelWidth, maxBar, legend = false }: Props) {
  const running = useRunning();
  return (
    <div
      className={styles.rows}
      data-chart="bars"
      style={{ '--label': `${labelWidth}px`, '--bar': `${maxBar}px`, '--count': groups.length } as React.CSSProperties}
    >
      <div className={styles.rowPlot}>
        <div className={styles.vGrid} aria-hidden="true">
          {axis.ticks.map((t) => (
            <span key={t.value} style={{ left: percentOf(t.value, axis) }} />
          ))}
        </div>
        {groups.map((g) => {
          const total = totalOf(g);
          return (
            <div key={g.label} className={styles.row} data-tip={running ? groupTip(g, series, kind) : undefined}>
              <span className={styles.rowLabel}>{g.label}</span>
              <span className={styles.track}>
                {total > 0 && <span className={styles.rowStack} data-mark="bar" style={{ width: percentOf(total, axis), background: stackedFill(g.values, series) }} />}
                {g.text && <span className={styles.barText}>{g.text}</span>}
              </span>
            </div>
          );
        })}
      </div>
      <div className={styles.xTicks} aria-hidden="true">
        {axis.ticks.map((t) => (
          <span key={t.value} style={{ left: percentOf(t.value, axis) }}>
            {t.label}
          </span>
        ))}
      </div>
      {legend && <ChartLegend items={series} />}
    </div>
  );
}
