import type { AidStatus } from '@/db/vocabulary';
import { formatCountShort } from '@/app/lib/format';
import { BarRows } from './bar-rows';
import { AID_STATUS_COLOURS } from './palette';
import { labelAxis, valueAxis } from './value-axis';

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
  const series = data.map((d) => ({ name: d.label, colour: AID_STATUS_COLOURS[d.status] }));
  return (
    <BarRows
      series={series}
      groups={data.map((d, i) => ({
        label: d.label,
        values: data.map((_, k) => (k === i ? d.count : 0)),
        text: d.text,
        tip: `${d.label}\n${d.description}`,
      }))}
      kind="count"
      // Room to the right of the longest bar for its label.
      axis={labelAxis(valueAxis(Math.max(...data.map((d) => d.count)) * 1.6, { whole: true }), formatCountShort)}
      labelWidth={80}
      maxBar={28}
    />
  );
}
