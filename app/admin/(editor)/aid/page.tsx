import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { listAdminAid, type AdminAidRow } from '@/db/queries/aid/admin-aid';
import type { SearchParams } from '@/app/lib/params/search-params';
import { updatedAt } from '@/app/ui/admin/admin-list';
import type { Column } from '@/app/ui/lists/data-table';
import { Amount, DateText, StatusBadge } from '@/app/ui/values';
import { EntryListPage } from '../_shared/entry-list-page';

export const metadata: Metadata = { title: 'Aid packages · Admin' };

const COLUMNS: Column<AdminAidRow>[] = [
  { header: 'Title', cell: (r) => <Link href={`/admin/aid/${r.id}`}>{r.title}</Link> },
  { header: 'Donor → recipient', cell: (r) => `${r.donor} → ${r.recipient}` },
  {
    header: 'Status',
    cell: (r) => (r.retiredAt ? <StatusBadge status="retired" /> : <StatusBadge status={r.status} />),
  },
  { header: 'Amount', numeric: true, cell: (r) => <Amount usd={r.amountUsd} /> },
  { header: 'Announced', cell: (r) => <DateText iso={r.announcedOn} /> },
  { header: 'Last updated', cell: (r) => updatedAt(r.updatedAt) },
];

export default function AdminAidPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <EntryListPage
      searchParams={searchParams}
      list={{ href: '/admin/aid', title: 'Aid packages' }}
      addLabel="Add an aid package"
      searchLabel="Search titles"
      noun={['aid package', 'aid packages']}
      columns={COLUMNS}
      read={listAdminAid}
    />
  );
}
