'use client';

import styles from './plot.module.css';
import { BOX } from './plot-geometry';
import { useRunning } from './use-running';

export interface HitMark {
  /** Where the mark's strip starts and how wide it is, in the plot's `BOX`. */
  x: number;
  width: number;
  tip: string;
}

/**
 * Full-height strips to point at (a step of a running total, a month's column), added once
 * the page runs: hundreds of them only serve the pointer and the keyboard, so they come in
 * the page's data once instead of as markup in its HTML too.
 */
export function HitMarks({ marks }: { marks: HitMark[] }) {
  if (!useRunning()) return null;
  return marks.map((m) => <rect key={m.x} className={styles.hit} x={m.x} width={m.width} y={0} height={BOX} data-tip={m.tip} />);
}
