import type { Metadata } from 'next';
import { Suspense } from 'react';
import type { SearchParams } from '@/app/lib/params/search-params';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { SanctionList } from '@/app/ui/sanctions/sanction-list';
import { listSanctions } from '@/db/queries/sanctions/sanction-list';
import { SANCTION_PARAMS, sanctionOrder } from '@/app/lib/params/sanctions';
import { listPage } from '@/app/lib/list-page';
import { toSanctionFilter } from '@/app/lib/params/sanctions';
import { resolveParams } from '@/app/lib/params/resolve-params';
import { sanctionViewTitle } from '@/app/lib/view-titles';

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
        <SanctionListPage searchParams={searchParams} />
      </Suspense>
    </>
  );
}

/** Reads the page of sanctions the URL asks for, behind the list's skeleton. */
async function SanctionListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const resolved = resolveParams(await searchParams, SANCTION_PARAMS);
  const { sort, dir } = sanctionOrder(resolved.values);
  return (
    <SanctionList
      {...listPage(
        resolved,
        { sort, dir },
        (page) => listSanctions(toSanctionFilter(resolved), { sort, dir, ...page }),
        { title: sanctionViewTitle(resolved), path: '/sanctions', api: '/api/v1/sanctions' },
      )}
    />
  );
}
