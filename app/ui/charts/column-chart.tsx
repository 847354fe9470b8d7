'use client';

import { ChartLegend } from './chart-legend';
import { HitMarks } from './hit-marks';
import { ValueTicks } from './value-ticks';
import styles from './plot.module.css';
import { BOX, groupTip, MAX_LABELS, percentOf, totalOf, type AxisSpec, type BarGroup, type Series, type ValueKind } from './plot-geometry';

interface Props {
  series: Series[];
  groups: BarGroup[];
  /** How the tooltips write the figures. */
  kind: ValueKind;
  axis: AxisSpec;
  /** Room for the value axis, in px. */
  axisWidth: number;
  /** The widest a column gets, in px on a chart of ordinary width (~460 px of plot). */
  maxBar: number;
  legend?: boolean;
  /** The text under each column, or nothing; by default every few columns' labels. */
  labels?: (string | null)[];
}

const TYPICAL_PLOT_PX = 460;
const r = (n: number) => Math.round(n * 10) / 10;

/**
 * The columns as one path per series (a colour): 150 months of five statuses are five
 * elements, not 750, in the HTML and again in the page's data.
 */
export function columnPaths(groups: BarGroup[], series: Series[], axis: { top: number }, maxBar: number) {
  const slot = BOX / Math.max(1, groups.length);
  const width = r(Math.min(slot * 0.8, (maxBar / TYPICAL_PLOT_PX) * BOX));
  const paths = new Map<string, { colour: string; d: string[] }>();
  groups.forEach((g, i) => {
    let base = 0;
    g.values.forEach((value, k) => {
      const s = series[k];
      if (value <= 0 || !s) return;
      const top = base + value;
      const y0 = BOX - (base / axis.top) * BOX;
      const y1 = BOX - (top / axis.top) * BOX;
      const path = paths.get(s.name) ?? { colour: s.colour, d: [] };
      const x0 = r(i * slot + (slot - width) / 2);
      path.d.push(`M${x0} ${r(y0)}h${width}V${r(y1)}H${x0}z`);
      paths.set(s.name, path);
      base = top;
    });
  });
  return { slot, width, series: [...paths].map(([name, p]) => ({ name, colour: p.colour, d: p.d.join('') })) };
}

/** One column per group (a category, a month), stacked bottom up; rendered on the server, as the bar rows. */
export function ColumnChart({ series, groups, kind, axis, axisWidth, maxBar, legend = false, labels }: Props) {
  // As many labels as fit side by side on a phone; the rest are skipped evenly (every
  // column keeps its tooltip, and the table lists them all).
  const every = Math.ceil(groups.length / MAX_LABELS);
  const label = (i: number) => (labels ? (labels[i] ?? null) : i % every === 0 ? (groups[i]?.label ?? null) : null);
  const { slot, series: paths } = columnPaths(groups, series, axis, maxBar);
  const centre = (i: number) => `${((((i + 0.5) * slot) / BOX) * 100).toFixed(2)}%`;
  return (
    <div className={styles.columns} data-chart="columns" style={{ '--axis': `${axisWidth}px` } as React.CSSProperties}>
      <div className={styles.columnPlot}>
        <ValueTicks axis={axis} />
        <svg className={styles.stretch} viewBox={`0 0 ${BOX} ${BOX}`} preserveAspectRatio="none" aria-hidden="true">
          {paths.map((s) => (
            <path key={s.name} d={s.d} fill={s.colour} data-mark="bar" />
          ))}
          <HitMarks marks={groups.map((g, i) => ({ x: r(i * slot), width: r(slot), tip: groupTip(g, series, kind) }))} />
        </svg>
        {groups.map(
          (g, i) =>
            g.text && (
              <span key={g.label} className={styles.columnText} style={{ left: centre(i), bottom: percentOf(totalOf(g), axis) }}>
                {g.text}
              </span>
            ),
        )}
      </div>
      <div className={styles.columnLabels} aria-hidden="true">
        {groups.map((g, i) => {
          const text = label(i);
          return text && <span key={g.label} style={{ left: centre(i) }}>{text}</span>;
        })}
      </div>
      {legend && <ChartLegend items={series} />}
    </div>
  );
}
