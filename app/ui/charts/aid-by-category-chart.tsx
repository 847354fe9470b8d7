import { AID_CATEGORIES, type AidCategory } from '@/db/vocabulary';
import { formatUsd, formatUsdExact, formatUsdShort, formatVocabulary } from '@/app/lib/format';
import { ColumnChart } from './column-chart';
import { CATEGORY_COLOURS } from './palette';
import { labelAxis, valueAxis } from './value-axis';

export interface AidByCategoryDatum {
  category: AidCategory;
  label: string;
  usd: number;
}

const SERIES = AID_CATEGORIES.map((category) => ({ name: formatVocabulary(category), colour: CATEGORY_COLOURS[category] }));

export function AidByCategoryChart({ data }: { data: AidByCategoryDatum[] }) {
  return (
    <ColumnChart
      series={SERIES}
      groups={data.map((d) => ({
        label: d.label,
        values: AID_CATEGORIES.map((c) => (c === d.category ? d.usd : 0)),
        // Small columns next to a large one are unreadable without their value.
        text: d.usd > 0 ? formatUsd(d.usd) : undefined,
        tip: `${d.label}\nCommitted: ${formatUsdExact(d.usd)}`,
      }))}
      kind="usd"
      axis={labelAxis(valueAxis(Math.max(...data.map((d) => d.usd))), formatUsdShort)}
      axisWidth={56}
      maxBar={120}
    />
  );
}
