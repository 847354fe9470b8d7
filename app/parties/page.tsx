import type { Metadata } from 'next';
import { Suspense } from 'react';
import type { SearchParams } from '@/app/lib/search-params';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { PartyList } from '@/app/ui/parties/party-list';

export const metadata: Metadata = { title: 'Parties' };

export default function PartiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>Parties</h1>
      <p className="lede">
        States, blocs, governments, companies and people that give or receive aid, impose or suffer sanctions.
        Aid given and received count committed packages only (approved, authorized or delivered); sanctions
        count those in force.
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <PartyList searchParams={searchParams} />
      </Suspense>
    </>
  );
}
