import type { Metadata } from 'next';
import { Suspense } from 'react';
import Link from '@/app/ui/link';
import { listImportBatches } from '@/db/queries/admin/import-batches';
import { requireEditor } from '@/app/lib/auth/editor';
import { ImportUploadForm } from '@/app/ui/admin/import-upload-form';
import { TrackerCsvHelp } from '@/app/ui/admin/tracker-csv-help';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { DateText } from '@/app/ui/values';

export const metadata: Metadata = { title: 'Import · Admin' };

export default function ImportPage() {
  return (
    <>
      <h1>Import a list</h1>
      <p>
        Official sanctions lists and aid tables. You see what the file would change before anything is
        written; parties already in the tracker are matched, never duplicated.
      </p>
      <Suspense fallback={<div className="skeleton skeleton-form" />}>
        <Upload />
      </Suspense>
      <h2>Earlier imports</h2>
      <Suspense fallback={<ListSkeleton />}>
        <History />
      </Suspense>
    </>
  );
}

async function Upload() {
  await requireEditor();
  // Inside the request-time section: in the prerendered shell its size makes React outline
  // it with inline scripts that the admin pages' nonce policy blocks.
  return (
    <>
      <ImportUploadForm today={new Date().toISOString().slice(0, 10)} />
      <TrackerCsvHelp />
    </>
  );
}

async function History() {
  await requireEditor();
  const batches = listImportBatches();
  if (batches.length === 0) return <p>No list has been imported yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Earlier imports, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Batch</th>
            <th scope="col">Imported</th>
            <th scope="col">File</th>
            <th scope="col">Format</th>
            <th scope="col">List date</th>
            <th scope="col">Changes</th>
            <th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr key={b.id}>
              <td>
                <Link href={`/admin/import/batches/${b.id}`}>#{b.id}</Link>
              </td>
              <td>
                <DateText iso={b.createdAt.slice(0, 10)} />
              </td>
              <td>{b.fileName}</td>
              <td>{b.format}</td>
              <td>
                <DateText iso={b.asOf} />
              </td>
              <td>
                {b.counts.entries?.entity ? (
                  <>
                    {b.counts.entries.new} new and {b.counts.entries.updated} updated{' '}
                    {b.counts.entries.entity}
                  </>
                ) : (
                  <>
                    {b.counts.parties.new} new parties, {b.counts.sanctions.new} new and{' '}
                    {b.counts.sanctions.updated} updated sanctions, {b.counts.sanctions.lifted} lifted,{' '}
                    {b.counts.aid.new} new aid
                  </>
                )}
              </td>
              <td>{b.editor ?? 'command line'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
