import { Suspense } from 'react';
import type { SearchParams } from '@/app/lib/params/search-params';
import {
  AidChartsSection,
  FiltersSection,
  HeadlinesSection,
  SanctionChartsSection,
  SanctionsByImposerSection,
  TimelineSection,
} from '@/app/_overview/sections';
import { OverviewFiltersSkeleton } from '@/app/ui/dashboard/overview-filters';
import { ChartsSkeleton, HeadlinesSkeleton, RowsSkeleton } from '@/app/ui/dashboard/skeletons';

type Props = { searchParams: Promise<SearchParams> };

// Each section streams on its own, behind a skeleton of its size: the figures first,
// then the charts (whose code loads after), the list of sanctions and the timeline.
export default function OverviewPage({ searchParams }: Props) {
  return (
    <>
      <h1>Overview</h1>
      <Suspense fallback={<OverviewFiltersSkeleton />}>
        <FiltersSection searchParams={searchParams} />
      </Suspense>
      <Suspense fallback={<HeadlinesSkeleton />}>
        <HeadlinesSection searchParams={searchParams} />
      </Suspense>
      <Suspense fallback={<ChartsSkeleton count={4} wide={1} />}>
        <AidChartsSection searchParams={searchParams} />
      </Suspense>
      <Suspense fallback={<ChartsSkeleton count={4} wide={0} />}>
        <SanctionChartsSection searchParams={searchParams} />
      </Suspense>
      <Suspense fallback={<RowsSkeleton label="Loading the timeline" rows={18} tall />}>
        <TimelineSection searchParams={searchParams} />
      </Suspense>
      <Suspense fallback={<RowsSkeleton label="Loading sanctions" rows={11} />}>
        <SanctionsByImposerSection searchParams={searchParams} />
      </Suspense>
    </>
  );
}
