import Link from '@/app/ui/link';
import type { EventRow } from '@/db/queries/events/event-list';
import type { ListPage } from '@/app/lib/list-page';
import { DateCell } from '@/app/ui/tables/date-cell';
import type { Column } from '@/app/ui/lists/data-table';
import type { FilterField } from '@/app/ui/lists/filter-form';
import { ListView } from '@/app/ui/lists/list-view';
import { PartyLinks } from '@/app/ui/party-links';

const FIELDS: FilterField[] = [
  { kind: 'text', name: 'q', label: 'Search titles', placeholder: 'e.g. invasion' },
  { kind: 'party', name: 'party', label: 'Party involved' },
  { kind: 'date', name: 'from', label: 'From' },
  { kind: 'date', name: 'to', label: 'Until' },
];

const COLUMNS: Column<EventRow>[] = [
  { header: 'Date', sortKey: 'date', defaultDir: 'desc', cell: (r) => <DateCell iso={r.occurredOn} /> },
  { header: 'Title', sortKey: 'title', cell: (r) => <Link href={`/events/${r.id}`}>{r.title}</Link> },
  { header: 'Parties involved', cell: (r) => <PartyLinks parties={r.parties} /> },
  {
    header: 'Sources',
    numeric: true,
    cell: (r) =>
      r.sourceCount === 0 ? (
        <span className="citation missing">none</span>
      ) : (
        <Link href={`/events/${r.id}#sources`}>{r.sourceCount}</Link>
      ),
  },
];

/** The events list: its filters and one page of rows, as the route read them. */
export function EventList(page: ListPage<EventRow>) {
  return (
    <ListView
      action="/events"
      fields={FIELDS}
      caption="Events"
      noun={['event', 'events']}
      columns={COLUMNS}
      page={page}
    />
  );
}
