import styles from './plot.module.css';
import type { Series } from './plot-geometry';

/** What each colour stands for, under the chart; names in the text colour, as the light swatches are not legible as text. */
export function ChartLegend({ items }: { items: Series[] }) {
  return (
    <ul className={styles.legend}>
      {items.map((item) => (
        <li key={item.name}>
          <span className={styles.swatch} style={{ background: item.colour }} aria-hidden="true" />
          {item.name}
        </li>
      ))}
    </ul>
  );
}
