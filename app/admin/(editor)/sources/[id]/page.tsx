import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { getSourceForEdit } from '@/db/queries/sources/admin-sources';
import { listHistory } from '@/db/queries/admin/history';
import { requireEditor } from '@/app/lib/auth/editor';
import { pluralize } from '@/app/lib/format';
import { idOr404 } from '@/app/lib/params/route-params';
import type { SearchParams } from '@/app/lib/params/search-params';
import { EntryAdmin, savedParam } from '@/app/ui/admin/entry-admin';
import { SourceForm } from '@/app/ui/admin/source-form';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';
import { setSourceRetired } from '../actions';

export const metadata: Metadata = { title: 'Edit source' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default function EditSourcePage(props: Props) {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/sources">Sources</Link> / edit
      </p>
      <Suspense fallback={<DetailSkeleton />}>
        <EditSource {...props} />
      </Suspense>
    </>
  );
}

async function EditSource({ params, searchParams }: Props) {
  await requireEditor();
  const entry = getSourceForEdit(idOr404((await params).id));
  if (!entry) notFound();
  const history = listHistory({ entityType: 'source', entityId: entry.id }, { page: 1, pageSize: 50 });
  const cited =
    entry.citedBy > 0
      ? `It is cited by ${pluralize(entry.citedBy, 'live entry', 'live entries')}, so it cannot be retired until they cite another source.`
      : 'No live entry cites it.';
  return (
    <EntryAdmin
      title={entry.values.title ?? ''}
      entry={entry}
      saved={savedParam((await searchParams).saved)}
      publicHref={`/sources/${entry.id}`}
      form={<SourceForm key={entry.version} entry={entry} />}
      retireAction={setSourceRetired}
      noun="source"
      retireNote={`A retired source leaves the public site and the source picker. ${cited}`}
      history={history.rows}
    />
  );
}
