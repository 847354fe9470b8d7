import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { getEventForEdit } from '@/db/queries/events/admin-events';
import { listHistory } from '@/db/queries/admin/history';
import { requireEditor } from '@/app/lib/auth/editor';
import { idOr404 } from '@/app/lib/params/route-params';
import type { SearchParams } from '@/app/lib/params/search-params';
import { EntryAdmin, savedParam } from '@/app/ui/admin/entry-admin';
import { EventForm } from '@/app/ui/admin/event-form';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';
import { setEventRetired } from '../actions';

export const metadata: Metadata = { title: 'Edit event' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default function EditEventPage(props: Props) {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/events">Events</Link> / edit
      </p>
      <Suspense fallback={<DetailSkeleton />}>
        <EditEvent {...props} />
      </Suspense>
    </>
  );
}

async function EditEvent({ params, searchParams }: Props) {
  await requireEditor();
  const entry = getEventForEdit(idOr404((await params).id));
  if (!entry) notFound();
  const history = listHistory({ entityType: 'event', entityId: entry.id }, { page: 1, pageSize: 50 });
  return (
    <EntryAdmin
      title={entry.values.title ?? ''}
      entry={entry}
      saved={savedParam((await searchParams).saved)}
      publicHref={`/events/${entry.id}`}
      form={<EventForm key={entry.version} entry={entry} />}
      retireAction={setEventRetired}
      noun="event"
      retireNote="Retired events leave the public timeline; they can be restored at any time."
      history={history.rows}
    />
  );
}
