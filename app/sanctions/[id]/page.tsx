import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { getSanction } from '@/db/queries/sanctions/sanction-list';
import { entryTitle } from '@/db/queries/admin/entry-lookup';
import { idOr404 } from '@/app/lib/params/route-params';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';
import { SanctionDetailView } from '@/app/ui/sanctions/sanction-detail';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: entryTitle('sanction', idOr404((await params).id)) ?? 'Sanction not found' };
}

export default function SanctionPage({ params }: Props) {
  return (
    <Suspense fallback={<DetailSkeleton />}>
      <Sanction params={params} />
    </Suspense>
  );
}

// Unknown ids get their 404 status from proxy.ts; this covers a row retired in between.
async function Sanction({ params }: Props) {
  const sanction = getSanction(idOr404((await params).id));
  if (!sanction) notFound();
  return <SanctionDetailView sanction={sanction} />;
}
