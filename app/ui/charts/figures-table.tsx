interface Props {
  columns: string[];
  /** Already formatted cells; the first of each row names it. */
  rows: string[][];
  /** The id of the heading that names the table, if any. */
  labelledBy?: string;
}

/** A chart's figures as a table: the chart box's placeholder and "View as table" both show it. */
export function FiguresTable({ columns, rows, labelledBy }: Props) {
  return (
    <table aria-labelledby={labelledBy}>
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
  );
}
