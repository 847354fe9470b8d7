import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { getAidForEdit } from '@/db/queries/aid/admin-aid';
import { listHistory } from '@/db/queries/admin/history';
import { requireEditor } from '@/app/lib/auth/editor';
import { idOr404 } from '@/app/lib/params/route-params';
import type { SearchParams } from '@/app/lib/params/search-params';
import { AidForm } from '@/app/ui/admin/aid-form';
import { CURRENCY_CODES } from '@/domain/validation/fields';
import { EntryStatus } from '@/app/ui/admin/entry-status';
import { HistoryTable } from '@/app/ui/admin/history-table';
import { RetireForm } from '@/app/ui/admin/retire-form';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';
import { setAidPackageRetired } from '../actions';

export const metadata: Metadata = { title: 'Edit aid package' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default function EditAidPage(props: Props) {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/aid">Aid packages</Link> / edit
      </p>
      <Suspense fallback={<DetailSkeleton />}>
        <EditAid {...props} />
      </Suspense>
    </>
  );
}

async function EditAid({ params, searchParams }: Props) {
  await requireEditor();
  const entry = getAidForEdit(idOr404((await params).id));
  if (!entry) notFound();
  const saved = (await searchParams).saved;
  const history = listHistory({ entityType: 'aid_package', entityId: entry.id }, { page: 1, pageSize: 50 });
  return (
    <>
      <h1>{entry.values.title}</h1>
      <EntryStatus
        saved={typeof saved === 'string' ? saved : undefined}
        retiredAt={entry.retiredAt}
        updatedAt={entry.updatedAt}
        publicHref={`/aid/${entry.id}`}
      />
      <section className="section" aria-label="Edit">
        <AidForm key={entry.version} entry={entry} currencies={CURRENCY_CODES} />
      </section>
      <section className="section" aria-labelledby="retire-heading">
        <h2 id="retire-heading">{entry.retiredAt ? 'Restore' : 'Retire'}</h2>
        <p className="muted">
          Retired entries leave the public dashboard and every total; they can be restored at any time.
        </p>
        <RetireForm
          action={setAidPackageRetired}
          id={entry.id}
          version={entry.version}
          retired={entry.retiredAt !== null}
          noun="aid package"
        />
      </section>
      <section className="section" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <HistoryTable entries={history.rows} showEntry={false} />
      </section>
    </>
  );
}
