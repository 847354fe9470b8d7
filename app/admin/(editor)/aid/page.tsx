import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { Suspense } from 'react';
import { listAdminAid, type AdminAidRow } from '@/db/queries/aid/admin-aid';
import { ADMIN_LIST_PARAMS, RETIRED_OPTIONS } from '@/app/lib/params/admin-list';
import { requireEditor } from '@/app/lib/auth/editor';
import { PAGE_SIZE } from '@/app/lib/params/common';
import { parseSearchParams, type SearchParams } from '@/app/lib/params/search-params';
import { linkValues } from '@/app/lib/params/resolve-params';
import { DataTable, type Column } from '@/app/ui/lists/data-table';
import { FilterForm } from '@/app/ui/lists/filter-form';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { Notices } from '@/app/ui/lists/notices';
import { Pagination } from '@/app/ui/lists/pagination';
import { Amount, DateText, StatusBadge } from '@/app/ui/values';

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
  { header: 'Last updated', cell: (r) => r.updatedAt.slice(0, 16).replace('T', ' ') },
];

export default function AdminAidPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>Aid packages</h1>
      <p>
        <Link href="/admin/aid/new" className="button-link">
          Add an aid package
        </Link>
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <AidTable searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function AidTable({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor();
  const { values, notices } = parseSearchParams(await searchParams, ADMIN_LIST_PARAMS);
  const result = listAdminAid(values.q, values.state ?? 'live', {
    page: values.page ?? 1,
    pageSize: PAGE_SIZE,
  });
  const params = linkValues(values);
  return (
    <>
      <FilterForm
        action="/admin/aid"
        fields={[
          { kind: 'text', name: 'q', label: 'Search titles' },
          { kind: 'select', name: 'state', label: 'Show', options: RETIRED_OPTIONS },
        ]}
        values={params}
        keep={{}}
      />
      <Notices notices={notices} />
      <section className="section" aria-label="Results">
        {result.total === 0 ? (
          <p>No aid packages here.</p>
        ) : (
          <>
            <DataTable
              caption="Aid packages"
              columns={COLUMNS}
              rows={result.rows}
              rowKey={(r) => r.id}
              params={params}
              sort=""
              dir="desc"
            />
            <Pagination {...result} noun={['aid package', 'aid packages']} params={params} />
          </>
        )}
      </section>
    </>
  );
}
