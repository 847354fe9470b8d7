import { AID_CATEGORIES } from '@/domain/vocabulary';
import { formatUsd, formatVocabulary, pluralize } from '@/app/lib/format';
import type { OverviewAidCharts } from '@/app/lib/overview-data';
import { tableDownloads, type Params } from '@/app/lib/view-links';
import { ChartFrame } from '@/app/ui/charts/chart-frame';
import { AidOverTime } from './aid-over-time';
import {
  compactFlows,
  describeDelivery,
  describeFlows,
  describeStatus,
  flowRows,
  statusChartData,
} from './chart-data';
import { categoryChart, donorChart, flowsChart, rowsHeight, statusChart } from './chart-specs';
import styles from './dashboard.module.css';

/** The aid charts of the overview, from the figures the route read. */
export function AidCharts({ data, values }: { data: OverviewAidCharts; values: Params }) {
  const { totals, byDonor, byStatus, cumulative, events, flows } = data;
  const anyAid = byStatus.some((s) => s.count > 0);
  const categories = totals.byCategory.map((c) => ({
    label: formatVocabulary(c.category),
    usd: c.usd,
    count: c.count,
    text: c.usd > 0 ? formatUsd(c.usd) : '',
  }));
  const donors = byDonor.donors.map((d) => ({ label: d.name, ...d.byCategory, usd: d.usd }));
  const statuses = statusChartData(byStatus);
  const flowTable = flowRows(flows);

  return (
    <div className={styles.chartGrid}>
      <ChartFrame
        id="aid-by-category"
        downloads={tableDownloads('aid-by-category', values)}
        title="Committed aid by category"
        summary={totals.byCategory
          .map(
            (c) => `${formatVocabulary(c.category)}: ${c.count === 0 ? 'none committed' : formatUsd(c.usd)}`,
          )
          .join('; ')}
        figures={{
          columns: [
            { key: 'label', label: 'Category' },
            { key: 'usd', label: 'Committed (USD)', format: 'usd' },
            { key: 'count', label: 'Packages', format: 'count' },
          ],
          rows: categories,
        }}
        chart={
          totals.committedCount === 0
            ? null
            : categoryChart(
                categories,
                totals.byCategory.map((c) => c.category),
              )
        }
      />

      <ChartFrame
        id="aid-by-donor"
        downloads={tableDownloads('aid-by-donor', values)}
        title="Committed aid by donor"
        summary={
          byDonor.donors.length === 0
            ? 'No committed aid under these filters.'
            : byDonor.donors
                .map((d) => `${d.name}: ${formatUsd(d.usd)} in ${pluralize(d.count, 'package')}`)
                .join('; ')
        }
        figures={{
          columns: [
            { key: 'label', label: 'Donor' },
            ...AID_CATEGORIES.map((c) => ({
              key: c,
              label: `${formatVocabulary(c)} (USD)`,
              format: 'usd' as const,
            })),
            { key: 'usd', label: 'Total (USD)', format: 'usd' },
          ],
          rows: donors,
        }}
        chart={donors.length > 0 ? donorChart(donors) : null}
        height={rowsHeight(donors.length, true)}
      />

      <ChartFrame
        id="aid-by-status"
        downloads={tableDownloads('aid-by-status', values)}
        title="Aid by status: what was promised and what arrived"
        summary={
          anyAid
            ? `${describeDelivery(byStatus)} ${byStatus
                .filter((s) => s.count > 0)
                .map((s) => `${formatVocabulary(s.status)}: ${describeStatus(s)}`)
                .join('; ')}.`
            : 'No aid under these filters.'
        }
        figures={{
          columns: [
            { key: 'label', label: 'Status' },
            { key: 'count', label: 'Packages', format: 'count' },
            { key: 'knownUsd', label: 'Known amount (USD)', format: 'usd' },
            { key: 'unquantified', label: 'Amount not disclosed', format: 'count' },
          ],
          rows: statuses,
        }}
        chart={
          anyAid
            ? statusChart(
                statuses,
                byStatus.map((s) => s.status),
              )
            : null
        }
        height={rowsHeight(byStatus.length)}
      />

      <ChartFrame
        id="aid-flows"
        downloads={tableDownloads('aid-flows', values)}
        title="Committed aid from donors to recipients"
        summary={describeFlows(flows)}
        figures={{
          columns: [
            { key: 'donor', label: 'Donor' },
            { key: 'recipient', label: 'Recipient' },
            { key: 'usd', label: 'Committed (USD)', format: 'usd' },
            { key: 'count', label: 'Packages', format: 'count' },
          ],
          rows: flowTable,
        }}
        compact={compactFlows(flowTable)}
        chart={flows.length > 0 ? flowsChart(flowTable) : null}
      />

      <div className={styles.wide}>
        <AidOverTime
          cumulative={cumulative}
          events={events}
          downloads={tableDownloads('aid-over-time', values)}
        />
      </div>
    </div>
  );
}
