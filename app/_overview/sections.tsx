import { resolveOverviewParams } from '@/app/lib/params/overview';
import {
  getOverviewAidCharts,
  getOverviewHeadlines,
  getOverviewSanctionCharts,
  getOverviewSanctionList,
  getOverviewTimeline,
} from '@/app/lib/overview-data';
import type { SearchParams } from '@/app/lib/params/search-params';
import { AidCharts } from '@/app/ui/dashboard/aid-charts';
import { OverviewFilters } from '@/app/ui/dashboard/overview-filters';
import { Headlines } from '@/app/ui/dashboard/overview-sections';
import { SanctionCharts } from '@/app/ui/dashboard/sanction-charts';
import { SanctionsByImposer } from '@/app/ui/dashboard/sanctions-by-imposer';
import { Timeline } from '@/app/ui/dashboard/timeline';
import { downloadHref, OVERVIEW_API, todayIso } from '@/app/lib/view-links';
import { overviewViewTitle } from '@/app/lib/view-titles';
import { ViewTools } from '@/app/ui/view-tools/view-tools';

// The overview's sections, each reading its own figures (one cached read each) so each
// streams on its own behind its skeleton; the components under app/ui/dashboard draw them.

type Props = { searchParams: Promise<SearchParams> };

export async function FiltersSection({ searchParams }: Props) {
  const { resolved, values } = resolveOverviewParams(await searchParams);
  const view = {
    title: overviewViewTitle(resolved),
    path: '/',
    params: values,
    today: todayIso(),
    downloads: [{ label: 'JSON', href: downloadHref(OVERVIEW_API, values) }],
    downloadsNote: "every figure on this page; each chart's table is under the chart",
  };
  return (
    <>
      <ViewTools {...view} />
      <OverviewFilters resolved={resolved} values={values} />
    </>
  );
}

export async function HeadlinesSection({ searchParams }: Props) {
  const { filter, values } = resolveOverviewParams(await searchParams);
  return <Headlines data={await getOverviewHeadlines(filter)} filter={filter} values={values} />;
}

export async function AidChartsSection({ searchParams }: Props) {
  const { filter, values } = resolveOverviewParams(await searchParams);
  return <AidCharts data={await getOverviewAidCharts(filter)} values={values} />;
}

export async function SanctionChartsSection({ searchParams }: Props) {
  const { filter, values } = resolveOverviewParams(await searchParams);
  return <SanctionCharts data={await getOverviewSanctionCharts(filter)} values={values} />;
}

export async function TimelineSection({ searchParams }: Props) {
  const { filter, values } = resolveOverviewParams(await searchParams);
  return <Timeline {...await getOverviewTimeline(filter)} values={values} />;
}

export async function SanctionsByImposerSection({ searchParams }: Props) {
  const { filter, values } = resolveOverviewParams(await searchParams);
  return <SanctionsByImposer groups={await getOverviewSanctionList(filter)} params={values} />;
}
