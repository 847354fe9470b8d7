import type { Metadata } from 'next';
import { Suspense } from 'react';
import type { SearchParams } from '@/app/lib/search-params';
import { AidList } from '@/app/ui/aid/aid-list';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';

export const metadata: Metadata = { title: 'Aid packages' };

export default function AidPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>Aid packages</h1>
      <p className="lede">
        Every package recorded, whatever its status. Committed aid is what was approved, authorized or
        delivered.
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <AidList searchParams={searchParams} />
      </Suspense>
    </>
  );
}
