import type { Metadata } from 'next';
import { Suspense } from 'react';
import type { SearchParams } from '@/app/lib/params/search-params';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { PartyList } from '@/app/ui/parties/party-list';
import { listParties } from '@/db/queries/parties/party-list';
import { PARTY_PARAMS, partyOrder } from '@/app/lib/params/parties';
import { listPage } from '@/app/lib/list-page';
import { toPartyFilter } from '@/app/lib/params/parties';
import { resolveParams } from '@/app/lib/params/resolve-params';
import { partyViewTitle } from '@/app/lib/view-titles';

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
        <PartyListPage searchParams={searchParams} />
      </Suspense>
    </>
  );
}

/** Reads the page of parties the URL asks for, behind the list's skeleton. */
async function PartyListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const resolved = resolveParams(await searchParams, PARTY_PARAMS);
  const { sort, dir } = partyOrder(resolved.values);
  return (
    <PartyList
      {...listPage(
        resolved,
        { sort, dir },
        (page) => listParties(toPartyFilter(resolved), { sort, dir, ...page }),
        { title: partyViewTitle(resolved), path: '/parties', api: '/api/v1/parties' },
      )}
    />
  );
}
