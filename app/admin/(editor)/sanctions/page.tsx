import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { Suspense } from 'react';
import { listAdminSanctions, type AdminSanctionRow } from '@/db/queries/sanctions/admin-sanctions';
import { ADMIN_LIST_PARAMS } from '@/app/lib/params/admin-list';
import { requireEditor } from '@/app/lib/auth/editor';
import { PAGE_SIZE } from '@/app/lib/params/common';
import { parseSearchParams, type SearchParams } from '@/app/lib/params/search-params';
import { linkValues } from '@/app/lib/params/resolve-params';
import { AdminList, updatedAt } from '@/app/ui/admin/admin-list';
import type { Column } from '@/app/ui/lists/data-table';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { DateText, StatusBadge, Tag } from '@/app/ui/values';

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
    <>
      <h1>Sanctions</h1>
      <p>
        <Link href="/admin/sanctions/new" className="button-link">
          Add a sanction
        </Link>
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <SanctionTable searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function SanctionTable({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor();
  const { values, notices } = parseSearchParams(await searchParams, ADMIN_LIST_PARAMS);
  const result = listAdminSanctions(values.q, values.state ?? 'live', {
    page: values.page ?? 1,
    pageSize: PAGE_SIZE,
  });
  return (
    <AdminList
      action="/admin/sanctions"
      searchLabel="Search titles"
      caption="Sanctions"
      noun={['sanction', 'sanctions']}
      columns={COLUMNS}
      result={result}
      rowKey={(r) => r.id}
      params={linkValues(values)}
      notices={notices}
    />
  );
}
