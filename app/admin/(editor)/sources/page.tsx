import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { listAdminSources, type AdminSourceRow } from '@/db/queries/sources/admin-sources';
import { formatCount, formatLanguage } from '@/app/lib/format';
import type { SearchParams } from '@/app/lib/params/search-params';
import { updatedAt } from '@/app/ui/admin/admin-list';
import type { Column } from '@/app/ui/lists/data-table';
import { DateText, StatusBadge } from '@/app/ui/values';
import { EntryListPage } from '../_shared/entry-list-page';

export const metadata: Metadata = { title: 'Sources · Admin' };

const COLUMNS: Column<AdminSourceRow>[] = [
  { header: 'Title', cell: (r) => <Link href={`/admin/sources/${r.id}`}>{r.title}</Link> },
  { header: 'Publisher', cell: (r) => r.publisher ?? '—' },
  { header: 'Published', cell: (r) => <DateText iso={r.publishedOn} /> },
  { header: 'Language', cell: (r) => formatLanguage(r.language) },
  { header: 'Cited by', numeric: true, cell: (r) => formatCount(r.citedBy) },
  { header: 'State', cell: (r) => (r.retiredAt ? <StatusBadge status="retired" /> : 'Live') },
  { header: 'Last updated', cell: (r) => updatedAt(r.updatedAt) },
];

export default function AdminSourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <EntryListPage
      searchParams={searchParams}
      list={{ href: '/admin/sources', title: 'Sources' }}
      addLabel="Add a source"
      searchLabel="Search titles, publishers, links"
      noun={['source', 'sources']}
      columns={COLUMNS}
      read={listAdminSources}
    />
  );
}
