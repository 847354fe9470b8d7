import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { Suspense } from 'react';
import { listAdminParties, type AdminPartyRow } from '@/db/queries/parties/admin-parties';
import { ADMIN_LIST_PARAMS } from '@/app/lib/params/admin-list';
import { requireEditor } from '@/app/lib/auth/editor';
import { PAGE_SIZE } from '@/app/lib/params/common';
import { parseSearchParams, type SearchParams } from '@/app/lib/params/search-params';
import { linkValues } from '@/app/lib/params/resolve-params';
import { countryName } from '@/domain/validation/countries';
import { AdminList, updatedAt } from '@/app/ui/admin/admin-list';
import type { Column } from '@/app/ui/lists/data-table';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { StatusBadge, Tag } from '@/app/ui/values';

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
    <>
      <h1>Parties</h1>
      <p>
        <Link href="/admin/parties/new" className="button-link">
          Add a party
        </Link>
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <PartyTable searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function PartyTable({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor();
  const { values, notices } = parseSearchParams(await searchParams, ADMIN_LIST_PARAMS);
  const result = listAdminParties(values.q, values.state ?? 'live', {
    page: values.page ?? 1,
    pageSize: PAGE_SIZE,
  });
  return (
    <AdminList
      action="/admin/parties"
      searchLabel="Search names"
      caption="Parties"
      noun={['party', 'parties']}
      columns={COLUMNS}
      result={result}
      rowKey={(r) => r.id}
      params={linkValues(values)}
      notices={notices}
    />
  );
}
