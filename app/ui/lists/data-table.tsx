import Link from '@/app/ui/link';
import { withParams } from '@/app/lib/params/search-params';

export interface Column<T> {
  header: string;
  /** Present when the column can be sorted: the `sort` value in the URL. */
  sortKey?: string;
  numeric?: boolean;
  /** Direction of the first click on this header: newest and largest first for dates and amounts. */
  defaultDir?: 'asc' | 'desc';
  cell: (row: T) => React.ReactNode;
}

interface Props<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  /** Current URL values, so sort links keep the filters. */
  params: Record<string, string | undefined>;
  sort: string;
  dir: 'asc' | 'desc';
}

// Spread only where it applies: a prop set to undefined still travels in the RSC payload
// ("className":"$undefined"), once per cell of every row.
const NUMERIC = { className: 'numeric' };

/** A server-rendered table whose sortable headers are links: sorting works without JavaScript. */
export function DataTable<T>({ caption, columns, rows, rowKey, params, sort, dir }: Props<T>) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = c.sortKey === sort;
              const nextDir = active ? (dir === 'desc' ? 'asc' : 'desc') : (c.defaultDir ?? 'asc');
              return (
                <th
                  key={c.header}
                  scope="col"
                  {...(c.numeric && NUMERIC)}
                  {...(active && { 'aria-sort': dir === 'asc' ? 'ascending' : 'descending' })}
                >
                  {c.sortKey ? (
                    <Link
                      href={withParams(params, { sort: c.sortKey, dir: nextDir, page: undefined })}
                      scroll={false}
                    >
                      {c.header}
                      <span aria-hidden="true" className="sort-mark">
                        {active ? (dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                      </span>
                    </Link>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.header} {...(c.numeric && NUMERIC)} data-label={c.header}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
