import Link from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { Fragment, Suspense } from 'react';
import type { EntryMeta } from '@/db/queries/admin/admin-entries';
import { listHistory } from '@/db/queries/admin/history';
import { requireEditor } from '@/app/lib/auth/editor';
import { idOr404 } from '@/app/lib/params/route-params';
import type { SearchParams } from '@/app/lib/params/search-params';
import type { AuditedEntity } from '@/domain/vocabulary';
import type { FormState } from '@/domain/validation/form-data';
import { EntryAdmin, savedParam } from '@/app/ui/admin/entry-admin';
import { DetailSkeleton } from '@/app/ui/detail-skeleton';
import type { ListLink } from './list-link';

/** What Next gives an edit route: `/admin/<kind>/[id]`, and `?saved=` after a redirect. */
export type EditRouteProps = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

interface Props<E extends EntryMeta> extends EditRouteProps {
  list: ListLink;
  read: (id: number) => E | null;
  /** The entry's kind in the audit log, for its own history. */
  audited: AuditedEntity;
  heading: (entry: E) => string;
  publicHref: (entry: E) => string;
  form: (entry: E) => React.ReactNode;
  retireAction: (previous: FormState, formData: FormData) => Promise<FormState>;
  noun: string;
  /** What retiring means for this kind of entry, and when it is refused. */
  retireNote: string | ((entry: E) => string);
}

/** The page that edits one entry: breadcrumb, then (for signed-in editors) its admin page, or a 404. */
export function EditEntryPage<E extends EntryMeta>(props: Props<E>) {
  return (
    <>
      <p className="breadcrumb">
        <Link href={props.list.href}>{props.list.title}</Link> / edit
      </p>
      <Suspense fallback={<DetailSkeleton />}>
        <EditEntry {...props} />
      </Suspense>
    </>
  );
}

async function EditEntry<E extends EntryMeta>({ params, searchParams, read, audited, ...page }: Props<E>) {
  await requireEditor();
  const entry = read(idOr404((await params).id));
  if (!entry) notFound();
  const history = listHistory({ entityType: audited, entityId: entry.id }, { page: 1, pageSize: 50 });
  return (
    <EntryAdmin
      title={page.heading(entry)}
      entry={entry}
      saved={savedParam((await searchParams).saved)}
      publicHref={page.publicHref(entry)}
      // Keyed by the version: a saved change opens the form afresh on the stored values.
      form={<Fragment key={entry.version}>{page.form(entry)}</Fragment>}
      retireAction={page.retireAction}
      noun={page.noun}
      retireNote={typeof page.retireNote === 'string' ? page.retireNote : page.retireNote(entry)}
      history={history.rows}
    />
  );
}
