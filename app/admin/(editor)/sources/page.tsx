import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { Suspense } from 'react';
import { listAdminSources, type AdminSourceRow } from '@/db/queries/sources/admin-sources';
import { ADMIN_LIST_PARAMS } from '@/app/lib/params/admin-list';
import { requireEditor } from '@/app/lib/auth/editor';
import { PAGE_SIZE } from '@/app/lib/params/common';
import { formatCount, formatLanguage } from '@/app/lib/format';
import { parseSearchParams, type SearchParams } from '@/app/lib/params/search-params';
import { linkValues } from '@/app/lib/params/resolve-params';
import { AdminList, updatedAt } from '@/app/ui/admin/admin-list';
import type { Column } from '@/app/ui/lists/data-table';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { DateText, StatusBadge } from '@/app/ui/values';

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
    <>
      <h1>Sources</h1>
      <p>
        <Link href="/admin/sources/new" className="button-link">
          Add a source
        </Link>
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <SourceTable searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function SourceTable({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor();
  const { values, notices } = parseSearchParams(await searchParams, ADMIN_LIST_PARAMS);
  const result = listAdminSources(values.q, values.state ?? 'live', {
    page: values.page ?? 1,
    pageSize: PAGE_SIZE,
  });
  return (
    <AdminList
      action="/admin/sources"
      searchLabel="Search titles, publishers, links"
      caption="Sources"
      noun={['source', 'sources']}
      columns={COLUMNS}
      result={result}
      rowKey={(r) => r.id}
      params={linkValues(values)}
      notices={notices}
    />
  );
}
