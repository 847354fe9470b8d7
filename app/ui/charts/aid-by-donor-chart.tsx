import { AID_CATEGORIES, type AidCategory } from '@/db/vocabulary';
import { formatUsdExact, formatUsdShort, formatVocabulary } from '@/app/lib/format';
import { BarRows } from './bar-rows';
import { CATEGORY_COLOURS } from './palette';
import { valueAxis } from './value-axis';

export type AidByDonorDatum = { name: string } & Record<AidCategory, number>;

const SERIES = AID_CATEGORIES.map((category) => ({ category, name: formatVocabulary(category), colour: CATEGORY_COLOURS[category] }));

/** Committed aid per donor, one horizontal bar each, stacked by category. */
export function AidByDonorChart({ data }: { data: AidByDonorDatum[] }) {
  return (
    <BarRows
      groups={data.map((d) => ({
        label: d.name,
        segments: SERIES.map((s) => ({ name: s.name, value: d[s.category], colour: s.colour })),
        tip: [d.name, ...SERIES.map((s) => `${s.name}: ${formatUsdExact(d[s.category])}`)].join('\n'),
      }))}
      axis={valueAxis(Math.max(...data.map((d) => AID_CATEGORIES.reduce((sum, c) => sum + d[c], 0))))}
      tick={formatUsdShort}
      labelWidth={120}
      maxBar={40}
      legend={SERIES}
    />
  );
}
