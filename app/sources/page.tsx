import type { Metadata } from 'next';
import { Suspense } from 'react';
import type { SearchParams } from '@/app/lib/search-params';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { SourceList } from '@/app/ui/sources/source-list';

export const metadata: Metadata = { title: 'Sources' };

export default function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Where every figure comes from: each source with the aid packages, sanctions and events that cite it.
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <SourceList searchParams={searchParams} />
      </Suspense>
    </>
  );
}
