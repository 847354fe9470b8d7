import type { Metadata } from 'next';
import { Suspense } from 'react';
import Link from '@/app/ui/link';
import { planCounts } from '@/db/import/plan';
import { changeCount } from '@/db/import/preview';
import { ImportRefused } from '@/db/import/read';
import { requireEditor } from '@/app/lib/auth/editor';
import { planUpload } from '@/app/lib/import-uploads';
import { ImportConfirmForm } from '@/app/ui/admin/import-confirm-form';
import { FirstRows, ImportCounts } from '@/app/ui/admin/import-summary';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';

export const metadata: Metadata = { title: 'Import preview · Admin' };

type Props = { params: Promise<{ token: string }> };

export default function ImportPreviewPage(props: Props) {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/import">Import</Link> / preview
      </p>
      <h1>What this import would change</h1>
      <Suspense fallback={<DetailSkeleton />}>
        <Preview {...props} />
      </Suspense>
    </>
  );
}

async function Preview({ params }: Props) {
  await requireEditor();
  const { token } = await params;
  let plan;
  try {
    plan = await planUpload(token);
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error;
    return (
      <div role="alert" className="form-message form-message-error">
        <p>This file was refused: {error.message}</p>
        <p>Nothing was written.</p>
        <p>
          <Link href="/admin/import">Choose another file</Link>
        </p>
      </div>
    );
  }
  const counts = planCounts(plan);
  const changes = changeCount(plan);
  return (
    <>
      <p>
        <strong>{plan.list.title}</strong> ({plan.format}) from {plan.fileName}, list date {plan.asOf}.
        SHA-256 <code>{plan.sha256}</code>.
      </p>
      <ImportCounts counts={counts} caption="Entries the import would add or change" />
      {plan.errors.length > 0 && (
        <section className="section" aria-labelledby="row-errors">
          <h2 id="row-errors">Rows that cannot be read ({plan.errors.length.toLocaleString('en-US')})</h2>
          <p>These are left out; everything else can still be imported.</p>
          <ul data-testid="import-errors">
            {plan.errors.map((e, i) => (
              <li key={i}>
                <strong>{e.at}</strong>: {e.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      <FirstRows
        title="Ambiguous parties, left out"
        items={plan.parties.ambiguous.map(
          (a) => `${a.record.name}: ${a.reason} (${a.candidates.map((c) => c.name).join(', ')})`,
        )}
      />
      <FirstRows
        title="New parties"
        items={plan.parties.new.map((p) => `${p.record.name} (${p.record.kind})`)}
      />
      <FirstRows
        title="Matched parties gaining names or ids"
        items={plan.parties.updated.map((p) => p.record.name)}
      />
      <FirstRows title="New sanctions" items={plan.sanctions.new.map((s) => s.record.title)} />
      <FirstRows
        title="Updated sanctions"
        items={plan.sanctions.updated.map((s) => `${s.record.title}: ${Object.keys(s.changes).join(', ')}`)}
      />
      <FirstRows title="Lifted: no longer on the list" items={plan.sanctions.lifted.map((s) => s.title)} />
      <FirstRows
        title="New aid"
        items={plan.aid.new.map((a) => `${a.record.title} (${a.record.announcedOn})`)}
      />
      <FirstRows title="New entries" items={plan.entries.new.map((e) => `${e.label} (${e.at})`)} />
      <FirstRows
        title="Updated entries"
        items={plan.entries.updated.map((e) => `#${e.id} ${e.label}: ${e.changes.join(', ')}`)}
      />
      {changes === 0 ? (
        <p role="status">Nothing to change: the tracker already holds this list as it is.</p>
      ) : null}
      <ImportConfirmForm token={token} changes={changes} errors={plan.errors.length} />
    </>
  );
}
