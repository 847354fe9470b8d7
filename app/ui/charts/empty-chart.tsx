/** Said in the chart's box when the filters leave nothing to draw. */
export function EmptyChart() {
  return <p className="muted">Nothing to draw under these filters.</p>;
}
