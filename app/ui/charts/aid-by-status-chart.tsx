import type { AidStatus } from '@/db/vocabulary';
import { formatCountShort } from '@/app/lib/format';
import { BarRows } from './bar-rows';
import { AID_STATUS_COLOURS } from './palette';
import { valueAxis } from './value-axis';

export interface AidByStatusDatum {
  status: AidStatus;
  label: string;
  count: number;
  /** Short label drawn by the bar, e.g. `1 · $13.6 billion`, written on the server. */
  text: string;
  /** The same in words for the tooltip, e.g. `1 package, $13.6 billion`. */
  description: string;
}

/** Packages at each lifecycle stage, top to bottom from requested to delivered, then the dead ends. */
export function AidByStatusChart({ data }: { data: AidByStatusDatum[] }) {
  return (
    <BarRows
      groups={data.map((d) => ({
        label: d.label,
        segments: [{ name: d.label, value: d.count, colour: AID_STATUS_COLOURS[d.status] }],
        text: d.text,
        tip: `${d.label}\n${d.description}`,
      }))}
      // Room to the right of the longest bar for its label.
      axis={valueAxis(Math.max(...data.map((d) => d.count)) * 1.6, { whole: true })}
      tick={formatCountShort}
      labelWidth={80}
      maxBar={28}
    />
  );
}
