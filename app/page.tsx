import { Suspense } from 'react';
import type { SearchParams } from '@/app/lib/search-params';
import { AidCharts } from '@/app/ui/dashboard/aid-charts';
import { OverviewFilters, OverviewFiltersSkeleton } from '@/app/ui/dashboard/overview-filters';
import { Headlines } from '@/app/ui/dashboard/overview-sections';
import { SanctionCharts } from '@/app/ui/dashboard/sanction-charts';
import { SanctionsByImposerSection } from '@/app/ui/dashboard/sanctions-by-imposer';
import { ChartsSkeleton, HeadlinesSkeleton, RowsSkeleton } from '@/app/ui/dashboard/skeletons';
import { Timeline } from '@/app/ui/dashboard/timeline';

type Props = { searchParams: Promise<SearchParams> };

// Each section streams on its own, behind a skeleton of its size: the figures first,
// then the charts (whose code loads after), the list of sanctions and the timeline.
export default function OverviewPage({ searchParams }: Props) {
  return (
    <>
      <h1>Overview</h1>
      <Suspense fallback={<OverviewFiltersSkeleton />}>
        <OverviewFilters searchParams={searchParams} />
      </Suspense>
      <Suspense fallback={<HeadlinesSkeleton />}>
        <Headlines searchParams={searchParams} />
      </Suspense>
      <Suspense fallback={<ChartsSkeleton count={4} wide={1} />}>
        <AidCharts searchParams={searchParams} />
      </Suspense>
      <Suspense fallback={<ChartsSkeleton count={4} wide={0} />}>
        <SanctionCharts searchParams={searchParams} />
      </Suspense>
      <Suspense fallback={<RowsSkeleton label="Loading the timeline" rows={18} tall />}>
        <Timeline searchParams={searchParams} />
      </Suspense>
      <Suspense fallback={<RowsSkeleton label="Loading sanctions" rows={11} />}>
        <SanctionsByImposerSection searchParams={searchParams} />
      </Suspense>
    </>
  );
}
