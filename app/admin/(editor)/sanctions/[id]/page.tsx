import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { getSanctionForEdit } from '@/db/queries/sanctions/admin-sanctions';
import { listHistory } from '@/db/queries/admin/history';
import { requireEditor } from '@/app/lib/auth/editor';
import { idOr404 } from '@/app/lib/params/route-params';
import type { SearchParams } from '@/app/lib/params/search-params';
import { EntryAdmin, savedParam } from '@/app/ui/admin/entry-admin';
import { SanctionForm } from '@/app/ui/admin/sanction-form';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';
import { setSanctionRetired } from '../actions';

export const metadata: Metadata = { title: 'Edit sanction' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default function EditSanctionPage(props: Props) {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/sanctions">Sanctions</Link> / edit
      </p>
      <Suspense fallback={<DetailSkeleton />}>
        <EditSanction {...props} />
      </Suspense>
    </>
  );
}

async function EditSanction({ params, searchParams }: Props) {
  await requireEditor();
  const entry = getSanctionForEdit(idOr404((await params).id));
  if (!entry) notFound();
  const history = listHistory({ entityType: 'sanction', entityId: entry.id }, { page: 1, pageSize: 50 });
  return (
    <EntryAdmin
      title={entry.values.title ?? ''}
      entry={entry}
      saved={savedParam((await searchParams).saved)}
      publicHref={`/sanctions/${entry.id}`}
      form={<SanctionForm key={entry.version} entry={entry} />}
      retireAction={setSanctionRetired}
      noun="sanction"
      retireNote="Retired sanctions leave the public dashboard and every count; they can be restored at any time."
      history={history.rows}
    />
  );
}
