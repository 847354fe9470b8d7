import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { Suspense } from 'react';
import { listAdminEvents, type AdminEventRow } from '@/db/queries/events/admin-events';
import { ADMIN_LIST_PARAMS } from '@/app/lib/params/admin-list';
import { requireEditor } from '@/app/lib/auth/editor';
import { PAGE_SIZE } from '@/app/lib/params/common';
import { parseSearchParams, type SearchParams } from '@/app/lib/params/search-params';
import { linkValues } from '@/app/lib/params/resolve-params';
import { AdminList, updatedAt } from '@/app/ui/admin/admin-list';
import type { Column } from '@/app/ui/lists/data-table';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { DateText, StatusBadge } from '@/app/ui/values';

export const metadata: Metadata = { title: 'Events · Admin' };

const COLUMNS: Column<AdminEventRow>[] = [
  { header: 'Title', cell: (r) => <Link href={`/admin/events/${r.id}`}>{r.title}</Link> },
  { header: 'Date', cell: (r) => <DateText iso={r.occurredOn} /> },
  { header: 'Parties involved', cell: (r) => r.parties },
  { header: 'State', cell: (r) => (r.retiredAt ? <StatusBadge status="retired" /> : 'Live') },
  { header: 'Last updated', cell: (r) => updatedAt(r.updatedAt) },
];

export default function AdminEventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>Events</h1>
      <p>
        <Link href="/admin/events/new" className="button-link">
          Add an event
        </Link>
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <EventTable searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function EventTable({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor();
  const { values, notices } = parseSearchParams(await searchParams, ADMIN_LIST_PARAMS);
  const result = listAdminEvents(values.q, values.state ?? 'live', {
    page: values.page ?? 1,
    pageSize: PAGE_SIZE,
  });
  return (
    <AdminList
      action="/admin/events"
      searchLabel="Search titles"
      caption="Events"
      noun={['event', 'events']}
      columns={COLUMNS}
      result={result}
      rowKey={(r) => r.id}
      params={linkValues(values)}
      notices={notices}
    />
  );
}
