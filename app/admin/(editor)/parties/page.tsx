import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { listAdminParties, type AdminPartyRow } from '@/db/queries/parties/admin-parties';
import type { SearchParams } from '@/app/lib/params/search-params';
import { countryName } from '@/domain/validation/countries';
import { updatedAt } from '@/app/ui/admin/admin-list';
import type { Column } from '@/app/ui/lists/data-table';
import { StatusBadge, Tag } from '@/app/ui/values';
import { EntryListPage } from '../_shared/entry-list-page';

export const metadata: Metadata = { title: 'Parties · Admin' };

const COLUMNS: Column<AdminPartyRow>[] = [
  { header: 'Name', cell: (r) => <Link href={`/admin/parties/${r.id}`}>{r.name}</Link> },
  { header: 'Address name', cell: (r) => <code>{r.slug}</code> },
  { header: 'Kind', cell: (r) => <Tag value={r.kind} /> },
  { header: 'Country', cell: (r) => (r.countryCode ? countryName(r.countryCode) : '—') },
  { header: 'Part of', cell: (r) => r.parent ?? '—' },
  { header: 'State', cell: (r) => (r.retiredAt ? <StatusBadge status="retired" /> : 'Live') },
  { header: 'Last updated', cell: (r) => updatedAt(r.updatedAt) },
];

export default function AdminPartiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <EntryListPage
      searchParams={searchParams}
      list={{ href: '/admin/parties', title: 'Parties' }}
      addLabel="Add a party"
      searchLabel="Search names"
      noun={['party', 'parties']}
      columns={COLUMNS}
      read={listAdminParties}
    />
  );
}
