import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { listAdminSanctions, type AdminSanctionRow } from '@/db/queries/sanctions/admin-sanctions';
import type { SearchParams } from '@/app/lib/params/search-params';
import { updatedAt } from '@/app/ui/admin/admin-list';
import type { Column } from '@/app/ui/lists/data-table';
import { DateText, StatusBadge, Tag } from '@/app/ui/values';
import { EntryListPage } from '../_shared/entry-list-page';

export const metadata: Metadata = { title: 'Sanctions · Admin' };

const COLUMNS: Column<AdminSanctionRow>[] = [
  { header: 'Title', cell: (r) => <Link href={`/admin/sanctions/${r.id}`}>{r.title}</Link> },
  { header: 'Imposing → target', cell: (r) => `${r.imposing} → ${r.target}` },
  { header: 'Measure', cell: (r) => <Tag value={r.measure} /> },
  { header: 'Status', cell: (r) => <StatusBadge status={r.retiredAt ? 'retired' : r.status} /> },
  { header: 'Announced', cell: (r) => <DateText iso={r.announcedOn} /> },
  { header: 'Last updated', cell: (r) => updatedAt(r.updatedAt) },
];

export default function AdminSanctionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <EntryListPage
      searchParams={searchParams}
      list={{ href: '/admin/sanctions', title: 'Sanctions' }}
      addLabel="Add a sanction"
      searchLabel="Search titles"
      noun={['sanction', 'sanctions']}
      columns={COLUMNS}
      read={listAdminSanctions}
    />
  );
}
