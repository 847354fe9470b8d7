import type { Metadata } from 'next';
import { Suspense } from 'react';
import type { SearchParams } from '@/app/lib/params/search-params';
import { AidList } from '@/app/ui/aid/aid-list';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { listAid } from '@/db/queries/aid/aid-list';
import { AID_PARAMS, aidOrder } from '@/app/lib/params/aid';
import { listPage } from '@/app/lib/list-page';
import { toAidFilter } from '@/app/lib/params/aid';
import { resolveParams } from '@/app/lib/params/resolve-params';
import { aidViewTitle } from '@/app/lib/view-titles';

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
        <AidListPage searchParams={searchParams} />
      </Suspense>
    </>
  );
}

/** Reads the page of aid the URL asks for, behind the list's skeleton. */
async function AidListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const resolved = resolveParams(await searchParams, AID_PARAMS);
  const { sort, dir } = aidOrder(resolved.values);
  return (
    <AidList
      {...listPage(
        resolved,
        { sort, dir },
        (page) => listAid(toAidFilter(resolved), { sort, dir, ...page }),
        {
          title: aidViewTitle(resolved),
          path: '/aid',
          api: '/api/v1/aid',
        },
      )}
    />
  );
}
