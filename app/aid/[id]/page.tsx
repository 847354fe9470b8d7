import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { getAidPackage } from '@/db/queries/aid/aid-list';
import { idOr404 } from '@/app/lib/params/route-params';
import { AidDetailView } from '@/app/ui/aid/aid-detail';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const aid = getAidPackage(idOr404((await params).id));
  return { title: aid?.title ?? 'Aid package not found' };
}

export default function AidPackagePage({ params }: Props) {
  return (
    <Suspense fallback={<DetailSkeleton />}>
      <AidPackage params={params} />
    </Suspense>
  );
}

async function AidPackage({ params }: Props) {
  const aid = getAidPackage(idOr404((await params).id));
  if (!aid) notFound();
  return <AidDetailView aid={aid} />;
}
