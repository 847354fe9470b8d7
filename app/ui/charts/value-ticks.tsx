import styles from './plot.module.css';
import { percentOf, type AxisSpec } from './plot-geometry';

/** A vertical value axis's labels and the dashed lines across the plot at each. */
export function ValueTicks({ axis }: { axis: AxisSpec }) {
  return (
    <div className={styles.hGrid} aria-hidden="true">
      {axis.ticks.map((t) => (
        <span key={t.value} style={{ bottom: percentOf(t.value, axis) }}>
          <span className={styles.yTick}>{t.label}</span>
        </span>
      ))}
    </div>
  );
}
