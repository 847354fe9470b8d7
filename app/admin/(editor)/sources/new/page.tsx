import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { Suspense } from 'react';
import { requireEditor } from '@/app/lib/auth/editor';
import { SourceForm } from '@/app/ui/admin/source-form';

export const metadata: Metadata = { title: 'Add a source' };

export default function NewSourcePage() {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/sources">Sources</Link> / new
      </p>
      <h1>Add a source</h1>
      <section className="section">
        <Suspense fallback={<div className="skeleton skeleton-form" />}>
          <NewSource />
        </Suspense>
      </section>
    </>
  );
}

async function NewSource() {
  await requireEditor();
  return <SourceForm entry={null} />;
}
