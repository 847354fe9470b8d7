import Link from '@/app/ui/link';
import { Suspense } from 'react';
import type { RetiredFilter } from '@/db/queries/admin/admin-lists';
import type { Page, PageResult } from '@/db/queries/list/filters';
import { requireEditor } from '@/app/lib/auth/editor';
import { ADMIN_LIST_PARAMS } from '@/app/lib/params/admin-list';
import { PAGE_SIZE } from '@/app/lib/params/common';
import { linkValues } from '@/app/lib/params/resolve-params';
import { parseSearchParams, type SearchParams } from '@/app/lib/params/search-params';
import { AdminList } from '@/app/ui/admin/admin-list';
import type { Column } from '@/app/ui/lists/data-table';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import type { ListLink } from './list-link';

interface Props<T extends { id: number }> {
  searchParams: Promise<SearchParams>;
  /** The list's path, and its title (heading and table caption). */
  list: ListLink;
  /** The link to the new-entry page, e.g. "Add an aid package". */
  addLabel: string;
  searchLabel: string;
  noun: [singular: string, plural: string];
  columns: Column<T>[];
  read: (q: string | undefined, state: RetiredFilter, paging: Page) => PageResult<T>;
}

/** An entry kind's admin list page: heading, add link, then (for signed-in editors) the list. */
export function EntryListPage<T extends { id: number }>(props: Props<T>) {
  return (
    <>
      <h1>{props.list.title}</h1>
      <p>
        <Link href={`${props.list.href}/new`} className="button-link">
          {props.addLabel}
        </Link>
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <EntryList {...props} />
      </Suspense>
    </>
  );
}

async function EntryList<T extends { id: number }>({ searchParams, list, read, ...table }: Props<T>) {
  await requireEditor();
  const { values, notices } = parseSearchParams(await searchParams, ADMIN_LIST_PARAMS);
  const result = read(values.q, values.state ?? 'live', { page: values.page ?? 1, pageSize: PAGE_SIZE });
  return (
    <AdminList
      action={list.href}
      searchLabel={table.searchLabel}
      caption={list.title}
      noun={table.noun}
      columns={table.columns}
      result={result}
      rowKey={(r) => r.id}
      params={linkValues(values)}
      notices={notices}
    />
  );
}
