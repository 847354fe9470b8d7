import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { getEvent } from '@/db/queries/events/event-detail';
import { entryTitle } from '@/db/queries/admin/entry-lookup';
import { idOr404 } from '@/app/lib/params/route-params';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';
import { EventDetailView } from '@/app/ui/events/event-detail';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: entryTitle('event', idOr404((await params).id)) ?? 'Event not found' };
}

export default function EventPage({ params }: Props) {
  return (
    <Suspense fallback={<DetailSkeleton />}>
      <Event params={params} />
    </Suspense>
  );
}

// Unknown ids get their 404 status from proxy.ts; this covers a row retired in between.
async function Event({ params }: Props) {
  const event = getEvent(idOr404((await params).id));
  if (!event) notFound();
  return <EventDetailView event={event} />;
}
