import type { Metadata } from 'next';
import { Suspense } from 'react';
import type { SearchParams } from '@/app/lib/params/search-params';
import { EventList } from '@/app/ui/events/event-list';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { listEvents } from '@/db/queries/events/event-list';
import { EVENT_PARAMS, eventOrder } from '@/app/lib/params/events';
import { listPage } from '@/app/lib/list-page';
import { toEventFilter } from '@/app/lib/params/events';
import { resolveParams } from '@/app/lib/params/resolve-params';
import { eventViewTitle } from '@/app/lib/view-titles';

export const metadata: Metadata = { title: 'Events' };

export default function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>Events</h1>
      <p className="lede">
        Dated context for the timeline: what happened, who was involved, and where it is reported.
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <EventListPage searchParams={searchParams} />
      </Suspense>
    </>
  );
}

/** Reads the page of events the URL asks for, behind the list's skeleton. */
async function EventListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const resolved = resolveParams(await searchParams, EVENT_PARAMS);
  const { sort, dir } = eventOrder(resolved.values);
  return (
    <EventList
      {...listPage(
        resolved,
        { sort, dir },
        (page) => listEvents(toEventFilter(resolved), { sort, dir, ...page }),
        { title: eventViewTitle(resolved), path: '/events', api: '/api/v1/events' },
      )}
    />
  );
}
