import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { entryTitle } from '@/db/queries/admin/entry-lookup';
import { getParty } from '@/db/queries/parties/party-detail';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';
import { PartyDetailView } from '@/app/ui/parties/party-detail';
import { todayIso } from '@/app/lib/view-links';
import { AsOfBanner } from '@/app/ui/lists/as-of-banner';
import { Notices } from '@/app/ui/lists/notices';
import { AS_OF_PARAMS } from '@/app/lib/params/asof';
import { parseSearchParams, type SearchParams } from '@/app/lib/params/search-params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  return { title: entryTitle('party', (await params).slug) ?? 'Party not found' };
}

export default function PartyPage({ params, searchParams }: Props) {
  return (
    <Suspense fallback={<DetailSkeleton />}>
      <Party params={params} searchParams={searchParams} />
    </Suspense>
  );
}

// Unknown slugs get their 404 status from proxy.ts; this covers a party retired in between.
async function Party({ params, searchParams }: Props) {
  const { slug } = await params;
  const { values, notices } = parseSearchParams(await searchParams, AS_OF_PARAMS);
  const party = getParty(slug, { asof: values.asof });
  if (!party) notFound();
  return (
    <>
      <AsOfBanner path={`/parties/${slug}`} params={{ asof: values.asof }} />
      <Notices notices={notices} />
      <PartyDetailView party={party} today={todayIso()} asof={values.asof} />
    </>
  );
}
