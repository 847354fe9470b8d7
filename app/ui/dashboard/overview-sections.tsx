import { connection } from 'next/server';
import { getDatabaseId } from '@/db/index';
import { getOverviewData } from '@/app/lib/overview-data';
import { AidByCategoryChart } from '@/app/ui/charts/aid-by-category-chart';
import { ChartFrame } from '@/app/ui/charts/chart-frame';
import { formatUsd, formatUsdExact, formatVocabulary } from '@/app/lib/format';
import { HeadlineCards } from './headline-cards';
import { SanctionsByImposer } from './sanctions-by-imposer';

export async function OverviewSections() {
  // Request time, never build time: the figures come from the database being served.
  await connection();
  const { aid, committedEvidence, uncommittedEvidence, sanctionsByImposer } = await getOverviewData(getDatabaseId());
  const chartData = aid.byCategory.map((c) => ({ category: c.category, label: formatVocabulary(c.category), usd: c.usd }));

  return (
    <>
      <HeadlineCards totals={aid} committedEvidence={committedEvidence} uncommittedEvidence={uncommittedEvidence} />
      <ChartFrame
        id="aid-by-category"
        title="Committed aid by category"
        summary={aid.byCategory
          .map((c) => `${formatVocabulary(c.category)}: ${c.count === 0 ? 'none committed' : formatUsd(c.usd)}`)
          .join('; ')}
        columns={['Category', 'Committed (USD)', 'Packages']}
        rows={aid.byCategory.map((c) => [formatVocabulary(c.category), formatUsdExact(c.usd), String(c.count)])}
      >
        <AidByCategoryChart data={chartData} />
      </ChartFrame>
      <SanctionsByImposer groups={sanctionsByImposer} />
    </>
  );
}
