import styles from './charts.module.css';

/** Fills the chart's fixed-height box while the chart code loads, so nothing moves. */
export function ChartLoading() {
  return <div className={`skeleton ${styles.loading}`} aria-hidden="true" />;
}
