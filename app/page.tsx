import { Suspense } from 'react';
import { OverviewSections } from '@/app/ui/dashboard/overview-sections';
import { OverviewSkeleton } from '@/app/ui/dashboard/skeletons';

export default function OverviewPage() {
  return (
    <>
      <h1>Overview</h1>
      <Suspense fallback={<OverviewSkeleton />}>
        <OverviewSections />
      </Suspense>
    </>
  );
}
