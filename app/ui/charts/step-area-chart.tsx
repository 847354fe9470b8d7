'use client';

import { HitMarks } from './hit-marks';
import { ValueTicks } from './value-ticks';
import styles from './plot.module.css';
import { formatDate } from '@/app/lib/format';
import { BOX, formatValue, type AxisSpec, type ValueKind } from './plot-geometry';
import { markerLines, stepPath } from './step-layout';

export interface StepPoint {
  /** Ms since the epoch, UTC midnight. */
  t: number;
  value: number;
}

interface Props {
  /** The first and last points carry the steps to the axis's ends: pointing there says nothing. */
  points: StepPoint[];
  /** What a step's tooltip calls its value, e.g. `Committed so far`, and how it writes it. */
  valueName: string;
  kind: ValueKind;
  /** Numbered vertical lines, explained under the chart. */
  markers: { t: number; label: string }[];
  domain: [number, number];
  ticks: { t: number; label: string }[];
  axis: AxisSpec;
  axisWidth: number;
  colour: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A running total as steps over time, with numbered event lines; rendered on the server, as the bar rows. */
export function StepAreaChart({ points, valueName, kind, markers, domain, ticks, axis, axisWidth, colour }: Props) {
  const [start, end] = domain;
  const x = (t: number) => ((t - start) / (end - start)) * BOX;
  const y = (v: number) => BOX - (Math.max(0, v) / axis.top) * BOX;
  const at = (t: number) => `${((x(t) / BOX) * 100).toFixed(2)}%`;
  const steps = points.slice(1, -1).map((p, i) => ({
    x: round(x(p.t)),
    width: round(x(points[i + 2]!.t) - x(p.t)),
    tip: `${formatDate(new Date(p.t).toISOString().slice(0, 10))}\n${valueName}: ${formatValue(kind, p.value)}`,
  }));
  const lines = markerLines(markers.map((m) => (x(m.t) / BOX) * 100));
  const raised = Math.max(0, ...lines);
  const edge = stepPath(points.map((p) => [x(p.t), y(p.value)]));
  const fill = edge && `${edge}V${BOX}H${round(x(points[0]!.t))}Z`;
  return (
    <div
      className={styles.columns}
      data-chart="area"
      style={{ '--axis': `${axisWidth}px`, paddingTop: `${24 + raised * 14}px` } as React.CSSProperties}
    >
      <div className={styles.columnPlot}>
        <ValueTicks axis={axis} />
        <svg className={styles.stretch} viewBox={`0 0 ${BOX} ${BOX}`} preserveAspectRatio="none" aria-hidden="true">
          <path d={fill} fill={colour} fillOpacity={0.2} data-mark="area" />
          <path d={edge} fill="none" stroke={colour} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
          <HitMarks marks={steps} />
        </svg>
        {markers.map((m, i) => (
          <span key={m.t} className={styles.marker} style={{ left: at(m.t) }} data-mark="event">
            <span style={{ marginBottom: `${2 + (lines[i] ?? 0) * 14}px` }}>{m.label}</span>
          </span>
        ))}
      </div>
      <div className={styles.timeTicks} aria-hidden="true">
        {ticks.map((t) => (
          <span key={t.t} style={{ left: at(t.t) }}>
            {t.label}
          </span>
        ))}
      </div>
    </div>
  );
}
