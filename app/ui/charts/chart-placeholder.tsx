interface Props {
  /** The id of the chart's title, which names the table too. */
  titleId: string;
  columns: string[];
  rows: string[][];
}

/**
 * The figures the chart will draw, as a compact table in the chart's box: what readers
 * without JavaScript, crawlers and screen readers get, and what shows until the chart loads.
 * It scrolls inside the box (a tab stop, so the keyboard can scroll it too).
 */
export function ChartPlaceholder({ titleId, columns, rows }: Props) {
  return (
    <div className="chart-placeholder" tabIndex={0} role="group" aria-labelledby={titleId}>
      <table aria-labelledby={titleId}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
