import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { listAdminEvents, type AdminEventRow } from '@/db/queries/events/admin-events';
import type { SearchParams } from '@/app/lib/params/search-params';
import { updatedAt } from '@/app/ui/admin/admin-list';
import type { Column } from '@/app/ui/lists/data-table';
import { DateText, StatusBadge } from '@/app/ui/values';
import { EntryListPage } from '../_shared/entry-list-page';

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
    <EntryListPage
      searchParams={searchParams}
      list={{ href: '/admin/events', title: 'Events' }}
      addLabel="Add an event"
      searchLabel="Search titles"
      noun={['event', 'events']}
      columns={COLUMNS}
      read={listAdminEvents}
    />
  );
}
