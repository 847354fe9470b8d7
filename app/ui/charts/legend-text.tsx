/** Legend entries in the text colour: the series colours (orange, sky blue) are too light for small text. */
export function legendText(value: string) {
  return <span style={{ color: 'var(--text)' }}>{value}</span>;
}
