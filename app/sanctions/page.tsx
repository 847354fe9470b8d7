import type { Metadata } from 'next';
import { Suspense } from 'react';
import type { SearchParams } from '@/app/lib/search-params';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { SanctionList } from '@/app/ui/sanctions/sanction-list';

export const metadata: Metadata = { title: 'Sanctions' };

export default function SanctionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>Sanctions</h1>
      <p className="lede">
        Every sanction recorded, whatever its status. Only imposed sanctions are in force; threatened and
        proposed measures are marked as such.
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <SanctionList searchParams={searchParams} />
      </Suspense>
    </>
  );
}
