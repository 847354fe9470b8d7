import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { Suspense } from 'react';
import { requireEditor } from '@/app/lib/auth/editor';
import { SanctionForm } from '@/app/ui/admin/sanction-form';

export const metadata: Metadata = { title: 'Add a sanction' };

export default function NewSanctionPage() {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/sanctions">Sanctions</Link> / new
      </p>
      <h1>Add a sanction</h1>
      <section className="section">
        <Suspense fallback={<div className="skeleton skeleton-form" />}>
          <NewSanction />
        </Suspense>
      </section>
    </>
  );
}

async function NewSanction() {
  await requireEditor();
  return <SanctionForm entry={null} />;
}
