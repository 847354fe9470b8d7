import type { AidCategory } from '@/db/vocabulary';
import { formatUsd, formatUsdExact, formatUsdShort } from '@/app/lib/format';
import { ColumnChart } from './column-chart';
import { CATEGORY_COLOURS } from './palette';
import { valueAxis } from './value-axis';

export interface AidByCategoryDatum {
  category: AidCategory;
  label: string;
  usd: number;
}

export function AidByCategoryChart({ data }: { data: AidByCategoryDatum[] }) {
  return (
    <ColumnChart
      groups={data.map((d) => ({
        label: d.label,
        segments: [{ name: d.label, value: d.usd, colour: CATEGORY_COLOURS[d.category] }],
        // Small columns next to a large one are unreadable without their value.
        text: d.usd > 0 ? formatUsd(d.usd) : undefined,
        tip: `${d.label}\nCommitted: ${formatUsdExact(d.usd)}`,
      }))}
      axis={valueAxis(Math.max(...data.map((d) => d.usd)))}
      tick={formatUsdShort}
      axisWidth={56}
      maxBar={120}
    />
  );
}
