import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { Suspense } from 'react';
import { requireEditor } from '@/app/lib/auth/editor';
import { AidForm } from '@/app/ui/admin/aid-form';
import { CURRENCY_CODES } from '@/domain/validation/fields';

export const metadata: Metadata = { title: 'Add an aid package' };

export default function NewAidPage() {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/aid">Aid packages</Link> / new
      </p>
      <h1>Add an aid package</h1>
      <section className="section">
        <Suspense fallback={<div className="skeleton skeleton-form" />}>
          <NewAid />
        </Suspense>
      </section>
    </>
  );
}

async function NewAid() {
  await requireEditor();
  return <AidForm entry={null} currencies={CURRENCY_CODES} />;
}
