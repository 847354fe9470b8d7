import { formatCell, type Figures } from './chart-config';

interface Props extends Figures {
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
            <th key={c.key} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {columns.map((c, j) => {
              const cell = formatCell(row[c.key], c.format);
              return j === 0 ? (
                <th key={c.key} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={c.key}>{cell}</td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
