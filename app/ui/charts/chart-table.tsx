'use client';

import { useEffect, useRef, useState } from 'react';
import type { Figures } from './chart-config';
import { FiguresTable } from './figures-table';

/**
 * A chart's data as a table, built only once the reader opens it, from the rows the chart
 * draws: rendered on the server, every row would be sent again as HTML and as React's
 * element tree, on every request, for a table few readers open.
 */
export function ChartTable({ figures }: { figures: Figures }) {
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
          <FiguresTable {...figures} />
        </div>
      )}
    </details>
  );
}
