'use client';

import { useEffect, useRef, useState } from 'react';
import { FiguresTable } from './figures-table';

interface Props {
  columns: string[];
  /** Already formatted cells; the first of each row names it. */
  rows: string[][];
}

/**
 * A chart's data as a table, built only once the reader opens it. Rendered on the server,
 * every row was sent twice (as HTML and again as React's element tree for hydration) on
 * every request, for a table few readers open; as a prop, the cells travel once as strings.
 */
export function ChartTable({ columns, rows }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  // Opened before the page hydrated: that toggle event fired before anyone listened.
  useEffect(() => {
    if (details.current?.open) setOpened(true);
  }, []);

  return (
    <details ref={details} className="chart-table" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>View as table</summary>
      {opened && (
        // Wide tables (a column per aid category) scroll inside their card, not the page.
        <div className="table-scroll">
          <FiguresTable columns={columns} rows={rows} />
        </div>
      )}
    </details>
  );
}
