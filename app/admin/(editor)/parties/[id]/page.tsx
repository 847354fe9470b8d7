import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { getPartyForEdit } from '@/db/queries/parties/admin-parties';
import { listHistory } from '@/db/queries/admin/history';
import { requireEditor } from '@/app/lib/auth/editor';
import { idOr404 } from '@/app/lib/params/route-params';
import type { SearchParams } from '@/app/lib/params/search-params';
import { EntryAdmin, savedParam } from '@/app/ui/admin/entry-admin';
import { COUNTRIES } from '@/domain/validation/countries';
import { PartyForm } from '@/app/ui/admin/party-form';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';
import { setPartyRetired } from '../actions';

export const metadata: Metadata = { title: 'Edit party' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default function EditPartyPage(props: Props) {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/parties">Parties</Link> / edit
      </p>
      <Suspense fallback={<DetailSkeleton />}>
        <EditParty {...props} />
      </Suspense>
    </>
  );
}

async function EditParty({ params, searchParams }: Props) {
  await requireEditor();
  const entry = getPartyForEdit(idOr404((await params).id));
  if (!entry) notFound();
  const history = listHistory({ entityType: 'party', entityId: entry.id }, { page: 1, pageSize: 50 });
  return (
    <EntryAdmin
      title={entry.values.name ?? ''}
      entry={entry}
      saved={savedParam((await searchParams).saved)}
      publicHref={`/parties/${entry.slug}`}
      form={<PartyForm key={entry.version} entry={entry} countries={COUNTRIES} />}
      retireAction={setPartyRetired}
      noun="party"
      retireNote="A retired party leaves the public site and the pickers. A party still named by live aid packages, sanctions, events or parties under it cannot be retired: change those first."
      history={history.rows}
    />
  );
}
