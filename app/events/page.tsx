import type { Metadata } from 'next';
import { Suspense } from 'react';
import type { SearchParams } from '@/app/lib/search-params';
import { EventList } from '@/app/ui/events/event-list';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';

export const metadata: Metadata = { title: 'Events' };

export default function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>Events</h1>
      <p className="lede">
        Dated context for the timeline: what happened, who was involved, and where it is reported.
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <EventList searchParams={searchParams} />
      </Suspense>
    </>
  );
}
