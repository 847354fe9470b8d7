import type { Metadata } from 'next';
import { Suspense } from 'react';
import type { SearchParams } from '@/app/lib/params/search-params';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { ChangeList } from '@/app/ui/changes/change-list';
import { listChanges } from '@/db/queries/changes/change-feed';
import { CHANGE_PARAMS, toChangeFilter } from '@/app/lib/params/changes';
import { linkValues, resolveParams } from '@/app/lib/params/resolve-params';
import { downloadHref, todayIso } from '@/app/lib/view-links';
import { changeViewTitle } from '@/app/lib/view-titles';

const PAGE_SIZE = 50;

export const metadata: Metadata = {
  title: 'Changes',
  alternates: {
    types: {
      'application/atom+xml': [{ url: '/changes/feed.atom', title: 'Changes (Atom)' }],
      'application/json': [{ url: '/api/v1/changes', title: 'Changes (JSON)' }],
    },
  },
};

export default function ChangesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>Changes</h1>
      <p className="lede">
        What was added, edited, retired, restored or lifted, newest first: every change to the aid packages,
        sanctions, events, parties and sources, by hand or from an import.
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <ChangeListPage searchParams={searchParams} />
      </Suspense>
    </>
  );
}

/** Reads the page of changes the URL asks for, behind the list's skeleton. */
async function ChangeListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const resolved = resolveParams(await searchParams, CHANGE_PARAMS);
  const filter = toChangeFilter(resolved);
  const page = listChanges(filter, PAGE_SIZE);
  const { cursor, ...params } = linkValues(resolved.values);
  // The feeds take the page's filters but no `asof`: a citation pins the end of its range instead.
  const view = {
    title: changeViewTitle(resolved),
    path: '/changes',
    params,
    today: todayIso(),
    downloads: [
      { label: 'JSON', href: downloadHref('/api/v1/changes', params) },
      { label: 'Atom feed', href: downloadHref('/changes/feed.atom', params) },
    ],
    downloadsNote: 'the newest changes under these filters, and older ones page by page',
    pin: 'until',
  };
  return (
    <ChangeList
      page={page}
      params={params}
      notices={resolved.notices}
      older={cursor !== undefined}
      view={view}
    />
  );
}
