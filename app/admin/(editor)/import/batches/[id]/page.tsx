import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import Link from '@/app/ui/link';
import { getImportBatch } from '@/db/queries/admin/import-batches';
import { requireEditor } from '@/app/lib/auth/editor';
import { idOr404 } from '@/app/lib/params/route-params';
import { ImportCounts } from '@/app/ui/admin/import-summary';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';

export const metadata: Metadata = { title: 'Import batch · Admin' };

type Props = { params: Promise<{ id: string }> };

export default function ImportBatchPage(props: Props) {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/import">Import</Link> / batch
      </p>
      <Suspense fallback={<DetailSkeleton />}>
        <Batch {...props} />
      </Suspense>
    </>
  );
}

async function Batch({ params }: Props) {
  await requireEditor();
  const batch = getImportBatch(idOr404((await params).id));
  if (!batch) notFound();
  return (
    <>
      <h1>Import batch #{batch.id}</h1>
      <p role="status">
        Imported {batch.fileName} ({batch.format}) on {batch.createdAt.slice(0, 10)} by{' '}
        {batch.editor ?? 'the command line'}; list date {batch.asOf}.
      </p>
      <ImportCounts counts={batch.counts} caption="What this import changed" />
      <p>
        {batch.sourceId === null ? (
          'Each row cites the source it names.'
        ) : (
          <>
            Every imported row cites <Link href={`/sources/${batch.sourceId}`}>{batch.sourceTitle}</Link>.
          </>
        )}{' '}
        Each change is in the <Link href="/admin/history">history</Link> with its before and after. SHA-256 of
        the file: <code>{batch.sha256}</code>.
      </p>
      <p>
        <Link href="/">See the dashboard</Link> · <Link href="/admin/import">Import another list</Link>
      </p>
    </>
  );
}
