import type { Metadata } from 'next';
import { Suspense } from 'react';
import type { SearchParams } from '@/app/lib/params/search-params';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { SourceList } from '@/app/ui/sources/source-list';
import { listSourceLanguages, listSources } from '@/db/queries/sources/source-list';
import { SOURCE_PARAMS, sourceOrder } from '@/app/lib/params/sources';
import { listPage } from '@/app/lib/list-page';
import { resolveParams } from '@/app/lib/params/resolve-params';
import { sourceViewTitle } from '@/app/lib/view-titles';
import { toSourceFilter } from '@/app/lib/params/sources';

export const metadata: Metadata = { title: 'Sources' };

export default function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Where every figure comes from: each source with the aid packages, sanctions and events that cite it.
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <SourceListPage searchParams={searchParams} />
      </Suspense>
    </>
  );
}

/** Reads the page of sources the URL asks for, and the languages to filter by, behind the list's skeleton. */
async function SourceListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const resolved = resolveParams(await searchParams, SOURCE_PARAMS);
  const { sort, dir } = sourceOrder(resolved.values);
  const page = listPage(
    resolved,
    { sort, dir },
    (p) => listSources(toSourceFilter(resolved), { sort, dir, ...p }),
    { title: sourceViewTitle(resolved), path: '/sources', api: '/api/v1/sources' },
  );
  return <SourceList {...page} languages={listSourceLanguages()} />;
}
