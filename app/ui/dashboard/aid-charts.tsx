import { getDatabaseId } from '@/db/index';
import { AID_CATEGORIES } from '@/db/vocabulary';
import { formatCount, formatUsd, formatUsdExact, formatVocabulary, pluralize } from '@/app/lib/format';
import { getOverviewAidCharts } from '@/app/lib/overview-data';
import { resolveOverviewParams } from '@/app/lib/overview-filter';
import type { SearchParams } from '@/app/lib/search-params';
import { ChartFrame } from '@/app/ui/charts/chart-frame';
import { AidOverTime } from './aid-over-time';
import { describeDelivery, describeFlows, describeStatus } from './chart-data';
import { categoryChart, donorChart, flowsChart, rowsHeight, statusChart } from './chart-specs';
import styles from './dashboard.module.css';

export async function AidCharts({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { filter } = resolveOverviewParams(await searchParams);
  const { totals, byDonor, byStatus, cumulative, events, flows } = await getOverviewAidCharts(getDatabaseId(), filter);
  const anyAid = byStatus.some((s) => s.count > 0);

  return (
    <div className={styles.chartGrid}>
      <ChartFrame
        id="aid-by-category"
        title="Committed aid by category"
        summary={totals.byCategory
          .map((c) => `${formatVocabulary(c.category)}: ${c.count === 0 ? 'none committed' : formatUsd(c.usd)}`)
          .join('; ')}
        columns={['Category', 'Committed (USD)', 'Packages']}
        rows={totals.byCategory.map((c) => [formatVocabulary(c.category), formatUsdExact(c.usd), formatCount(c.count)])}
        chart={totals.committedCount === 0 ? null : categoryChart(totals.byCategory)}
      />

      <ChartFrame
        id="aid-by-donor"
        title="Committed aid by donor"
        summary={
          byDonor.donors.length === 0
            ? 'No committed aid under these filters.'
            : byDonor.donors.map((d) => `${d.name}: ${formatUsd(d.usd)} in ${pluralize(d.count, 'package')}`).join('; ')
        }
        columns={['Donor', ...AID_CATEGORIES.map((c) => `${formatVocabulary(c)} (USD)`), 'Total (USD)']}
        rows={byDonor.donors.map((d) => [d.name, ...AID_CATEGORIES.map((c) => formatUsdExact(d.byCategory[c])), formatUsdExact(d.usd)])}
        chart={byDonor.donors.length > 0 ? donorChart(byDonor.donors) : null}
        height={rowsHeight(byDonor.donors.length, true)}
      />

      <ChartFrame
        id="aid-by-status"
        title="Aid by status: what was promised and what arrived"
        summary={
          anyAid
            ? `${describeDelivery(byStatus)} ${byStatus
                .filter((s) => s.count > 0)
                .map((s) => `${formatVocabulary(s.status)}: ${describeStatus(s)}`)
                .join('; ')}.`
            : 'No aid under these filters.'
        }
        columns={['Status', 'Packages', 'Known amount (USD)', 'Amount not disclosed']}
        rows={byStatus.map((s) => [formatVocabulary(s.status), formatCount(s.count), formatUsdExact(s.knownUsd), formatCount(s.unquantified)])}
        chart={anyAid ? statusChart(byStatus) : null}
        height={rowsHeight(byStatus.length)}
      />

      <ChartFrame
        id="aid-flows"
        title="Committed aid from donors to recipients"
        summary={describeFlows(flows)}
        columns={['Donor', 'Recipient', 'Committed (USD)', 'Packages']}
        rows={flows.map((f) => [f.donor.name, f.recipient.name, formatUsdExact(f.usd), formatCount(f.count)])}
        chart={flows.length > 0 ? flowsChart(flows) : null}
      />

      <div className={styles.wide}>
        <AidOverTime cumulative={cumulative} events={events} />
      </div>
    </div>
  );
}
