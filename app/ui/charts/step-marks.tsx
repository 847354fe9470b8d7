'use client';

import { useSyncExternalStore } from 'react';
import styles from './plot.module.css';

export interface StepMark {
  /** Where the step starts and how wide it is, in the plot's 1000-unit box. */
  x: number;
  width: number;
  tip: string;
}

const never = () => () => {};

/**
 * The steps of a running total as marks to point at, added once the page runs: a year of
 * daily steps is hundreds of marks that only a pointer or the keyboard uses, so they come
 * in the page's data once instead of as markup in its HTML too.
 */
export function StepMarks({ steps }: { steps: StepMark[] }) {
  const running = useSyncExternalStore(never, () => true, () => false);
  if (!running) return null;
  return steps.map((s) => <rect key={s.x} className={styles.step} x={s.x} width={s.width} y={0} height={1000} data-tip={s.tip} />);
}
