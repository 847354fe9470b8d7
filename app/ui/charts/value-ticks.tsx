import styles from './plot.module.css';
import { percentOf, type ValueAxis } from './value-axis';

/** A vertical value axis's labels and the dashed lines across the plot at each. */
export function ValueTicks({ axis, tick }: { axis: ValueAxis; tick: (value: number) => string }) {
  return (
    <div className={styles.hGrid} aria-hidden="true">
      {axis.ticks.map((t) => (
        <span key={t} style={{ bottom: percentOf(t, axis) }}>
          <span className={styles.yTick}>{tick(t)}</span>
        </span>
      ))}
    </div>
  );
}
