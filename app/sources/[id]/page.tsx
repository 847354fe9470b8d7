import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { entryTitle } from '@/db/queries/admin/entry-lookup';
import { getSource } from '@/db/queries/sources/source-detail';
import { SOURCE_PAGE_PARAMS } from '@/app/lib/params/sources';
import { idOr404 } from '@/app/lib/params/route-params';
import { parseSearchParams, type SearchParams } from '@/app/lib/params/search-params';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';
import { SourceDetailView } from '@/app/ui/sources/source-detail';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  return { title: entryTitle('source', idOr404((await params).id)) ?? 'Source not found' };
}

export default function SourcePage({ params, searchParams }: Props) {
  return (
    <Suspense fallback={<DetailSkeleton />}>
      <Source params={params} searchParams={searchParams} />
    </Suspense>
  );
}

// Unknown ids get their 404 status from proxy.ts; this covers a source retired in between.
async function Source({ params, searchParams }: Props) {
  const { values, notices } = parseSearchParams(await searchParams, SOURCE_PAGE_PARAMS);
  const source = getSource(idOr404((await params).id), values);
  if (!source) notFound();
  return <SourceDetailView source={source} asked={values} notices={notices} />;
}
