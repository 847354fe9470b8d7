import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { entryTitle } from '@/db/queries/admin/entry-lookup';
import { getParty } from '@/db/queries/parties/party-detail';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';
import { PartyDetailView } from '@/app/ui/parties/party-detail';
import { todayIso } from '@/app/lib/view-links';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: entryTitle('party', (await params).slug) ?? 'Party not found' };
}

export default function PartyPage({ params }: Props) {
  return (
    <Suspense fallback={<DetailSkeleton />}>
      <Party params={params} />
    </Suspense>
  );
}

// Unknown slugs get their 404 status from proxy.ts; this covers a party retired in between.
async function Party({ params }: Props) {
  const party = getParty((await params).slug);
  if (!party) notFound();
  return <PartyDetailView party={party} today={todayIso()} />;
}
