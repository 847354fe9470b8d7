import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { entryTitle } from '@/db/queries/entry-lookup';
import { getSource } from '@/db/queries/source-detail';
import { idOr404 } from '@/app/lib/route-params';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';
import { SourceDetailView } from '@/app/ui/sources/source-detail';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: entryTitle('source', idOr404((await params).id)) ?? 'Source not found' };
}

export default function SourcePage({ params }: Props) {
  return (
    <Suspense fallback={<DetailSkeleton />}>
      <Source params={params} />
    </Suspense>
  );
}

// Unknown ids get their 404 status from proxy.ts; this covers a source retired in between.
async function Source({ params }: Props) {
  const source = getSource(idOr404((await params).id));
  if (!source) notFound();
  return <SourceDetailView source={source} />;
}
