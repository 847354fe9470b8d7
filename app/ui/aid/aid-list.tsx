import Link from '@/app/ui/link';
import type { AidRow } from '@/db/queries/aid/aid-list';
import { AID_STATUS_FILTERS } from '@/app/lib/params/aid';
import { formatVocabulary } from '@/app/lib/format';
import type { ListPage } from '@/app/lib/list-page';
import { AID_CATEGORIES } from '@/domain/vocabulary';
import type { Column } from '@/app/ui/lists/data-table';
import type { FilterField } from '@/app/ui/lists/filter-form';
import { ListView } from '@/app/ui/lists/list-view';
import { Amount, DateText, PartyLink, StatusBadge, Tag } from '@/app/ui/values';

const FIELDS: FilterField[] = [
  { kind: 'text', name: 'q', label: 'Search titles', placeholder: 'e.g. weapons' },
  { kind: 'party', name: 'party', label: 'Donor or recipient' },
  { kind: 'party', name: 'donor', label: 'Donor' },
  { kind: 'party', name: 'recipient', label: 'Recipient' },
  {
    kind: 'select',
    name: 'category',
    label: 'Category',
    options: AID_CATEGORIES.map((v) => ({ value: v, label: formatVocabulary(v) })),
  },
  {
    kind: 'select',
    name: 'status',
    label: 'Status',
    options: AID_STATUS_FILTERS.map((v) => ({
      value: v,
      label:
        v === 'committed'
          ? 'Committed (approved to delivered)'
          : v === 'uncommitted'
            ? 'Requested or pledged'
            : formatVocabulary(v),
    })),
  },
  { kind: 'date', name: 'from', label: 'Announced from' },
  { kind: 'date', name: 'to', label: 'Announced until' },
];

const COLUMNS: Column<AidRow>[] = [
  { header: 'Date', sortKey: 'date', defaultDir: 'desc', cell: (r) => <DateText iso={r.announcedOn} /> },
  { header: 'Title', sortKey: 'title', cell: (r) => <Link href={`/aid/${r.id}`}>{r.title}</Link> },
  { header: 'Donor', sortKey: 'donor', cell: (r) => <PartyLink party={r.donor} /> },
  { header: 'Recipient', sortKey: 'recipient', cell: (r) => <PartyLink party={r.recipient} /> },
  { header: 'Category', sortKey: 'category', cell: (r) => <Tag value={r.category} /> },
  { header: 'Status', sortKey: 'status', cell: (r) => <StatusBadge status={r.status} /> },
  {
    header: 'Amount (USD)',
    sortKey: 'amount',
    defaultDir: 'desc',
    numeric: true,
    cell: (r) => <Amount usd={r.amountUsd} />,
  },
  {
    header: 'Sources',
    numeric: true,
    cell: (r) =>
      r.sourceCount === 0 ? (
        <span className="citation missing">none</span>
      ) : (
        <Link href={`/aid/${r.id}#sources`}>{r.sourceCount}</Link>
      ),
  },
];

/** The aid list: its filters and one page of rows, as the route read them. */
export function AidList(page: ListPage<AidRow>) {
  return (
    <ListView
      action="/aid"
      fields={FIELDS}
      caption="Aid packages"
      noun={['aid package', 'aid packages']}
      columns={COLUMNS}
      page={page}
    />
  );
}
