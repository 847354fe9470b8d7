import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { Suspense } from 'react';
import { requireEditor } from '@/app/lib/auth/editor';
import { COUNTRIES } from '@/domain/validation/countries';
import { PartyForm } from '@/app/ui/admin/party-form';

export const metadata: Metadata = { title: 'Add a party' };

export default function NewPartyPage() {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/parties">Parties</Link> / new
      </p>
      <h1>Add a party</h1>
      <section className="section">
        <Suspense fallback={<div className="skeleton skeleton-form" />}>
          <NewParty />
        </Suspense>
      </section>
    </>
  );
}

async function NewParty() {
  await requireEditor();
  return <PartyForm entry={null} countries={COUNTRIES} />;
}
