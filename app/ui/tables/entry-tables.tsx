import Link from '@/app/ui/link';
import type { NearbyAid, NearbySanction } from '@/db/queries/events/event-detail';
import type { EventRow } from '@/db/queries/events/event-list';
import { PartyLinks } from '@/app/ui/party-links';
import { DateCell } from './date-cell';
import { DataTable, type Column } from '@/app/ui/lists/data-table';
import { Amount, PartyLink, StatusBadge, Tag } from '@/app/ui/values';

// Short, unsorted tables of rows shown on a detail page (a party's aid, an event's
// surroundings). The full, sortable lists live at /aid, /sanctions and /events.

const AID_COLUMNS: Column<NearbyAid>[] = [
  { header: 'Date', cell: (r) => <DateCell iso={r.announcedOn} /> },
  { header: 'Title', cell: (r) => <Link href={`/aid/${r.id}`}>{r.title}</Link> },
  { header: 'Donor', cell: (r) => <PartyLink party={r.donor} /> },
  { header: 'Recipient', cell: (r) => <PartyLink party={r.recipient} /> },
  { header: 'Category', cell: (r) => <Tag value={r.category} /> },
  { header: 'Status', cell: (r) => <StatusBadge status={r.status} /> },
  { header: 'Amount (USD)', numeric: true, cell: (r) => <Amount usd={r.amountUsd} /> },
];

const SANCTION_COLUMNS: Column<NearbySanction>[] = [
  { header: 'Date', cell: (r) => <DateCell iso={r.announcedOn} /> },
  { header: 'Title', cell: (r) => <Link href={`/sanctions/${r.id}`}>{r.title}</Link> },
  { header: 'Imposed by', cell: (r) => <PartyLink party={r.imposer} /> },
  { header: 'Target', cell: (r) => <PartyLink party={r.target} /> },
  { header: 'Measure', cell: (r) => <Tag value={r.measure} /> },
  { header: 'Status', cell: (r) => <StatusBadge status={r.status} /> },
];

const EVENT_COLUMNS: Column<EventRow>[] = [
  { header: 'Date', cell: (r) => <DateCell iso={r.occurredOn} /> },
  { header: 'Title', cell: (r) => <Link href={`/events/${r.id}`}>{r.title}</Link> },
  { header: 'Parties involved', cell: (r) => <PartyLinks parties={r.parties} /> },
];

const UNSORTED = { params: {}, sort: '', dir: 'desc' } as const;

export function AidTable({ caption, rows }: { caption: string; rows: NearbyAid[] }) {
  return <DataTable caption={caption} columns={AID_COLUMNS} rows={rows} rowKey={(r) => r.id} {...UNSORTED} />;
}

export function SanctionTable({ caption, rows }: { caption: string; rows: NearbySanction[] }) {
  return (
    <DataTable caption={caption} columns={SANCTION_COLUMNS} rows={rows} rowKey={(r) => r.id} {...UNSORTED} />
  );
}

export function EventTable({ caption, rows }: { caption: string; rows: EventRow[] }) {
  return (
    <DataTable caption={caption} columns={EVENT_COLUMNS} rows={rows} rowKey={(r) => r.id} {...UNSORTED} />
  );
}
