import { AID_CATEGORIES, type AidCategory } from '@/db/vocabulary';
import { formatUsdShort, formatVocabulary } from '@/app/lib/format';
import { BarRows } from './bar-rows';
import { CATEGORY_COLOURS } from './palette';
import { labelAxis, valueAxis } from './value-axis';

export type AidByDonorDatum = { name: string } & Record<AidCategory, number>;

const SERIES = AID_CATEGORIES.map((category) => ({ name: formatVocabulary(category), colour: CATEGORY_COLOURS[category] }));

/** Committed aid per donor, one horizontal bar each, stacked by category. */
export function AidByDonorChart({ data }: { data: AidByDonorDatum[] }) {
  return (
    <BarRows
      series={SERIES}
      groups={data.map((d) => ({
        label: d.name,
        values: AID_CATEGORIES.map((c) => d[c]),
      }))}
      kind="usd"
      axis={labelAxis(valueAxis(Math.max(...data.map((d) => AID_CATEGORIES.reduce((sum, c) => sum + d[c], 0)))), formatUsdShort)}
      labelWidth={120}
      maxBar={40}
      legend
    />
  );
}
