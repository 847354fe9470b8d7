import type { Metadata } from 'next';
import { Suspense } from 'react';
import { listEditors, listHistory } from '@/db/queries/admin/history';
import { requireEditor } from '@/app/lib/auth/editor';
import { PAGE_SIZE } from '@/app/lib/params/common';
import { ACTION_OPTIONS, ENTITY_OPTIONS, HISTORY_PARAMS } from '@/app/lib/params/history';
import { linkValues } from '@/app/lib/params/resolve-params';
import { checkDateRange, parseSearchParams, type SearchParams } from '@/app/lib/params/search-params';
import { HistoryTable } from '@/app/ui/admin/history-table';
import { FilterForm } from '@/app/ui/lists/filter-form';
import { ListSkeleton } from '@/app/ui/lists/list-skeleton';
import { Notices } from '@/app/ui/lists/notices';
import { Pagination } from '@/app/ui/lists/pagination';

export const metadata: Metadata = { title: 'History · Admin' };

export default function HistoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>History</h1>
      <p className="muted">
        Every change made through the admin, newest first: who, when, and what it changed.
      </p>
      <Suspense fallback={<ListSkeleton />}>
        <History searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function History({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor();
  const parsed = parseSearchParams(await searchParams, HISTORY_PARAMS);
  const notices = parsed.notices;
  const editors = listEditors();
  let values = checkDateRange(parsed.values, notices);
  if (values.editor !== undefined && !editors.some((e) => e.id === values.editor)) {
    notices.push(`Ignored editor “${values.editor}”: no such editor.`);
    values = { ...values, editor: undefined };
  }
  const result = listHistory(
    {
      entityType: values.type,
      action: values.action,
      userId: values.editor,
      from: values.from,
      to: values.to,
    },
    { page: values.page ?? 1, pageSize: PAGE_SIZE },
  );
  const params = linkValues(values);
  return (
    <>
      <FilterForm
        action="/admin/history"
        fields={[
          { kind: 'select', name: 'type', label: 'Entry type', options: ENTITY_OPTIONS },
          { kind: 'select', name: 'action', label: 'Action', options: ACTION_OPTIONS },
          {
            kind: 'select',
            name: 'editor',
            label: 'Editor',
            options: editors.map((e) => ({ value: String(e.id), label: e.name })),
          },
          { kind: 'date', name: 'from', label: 'From' },
          { kind: 'date', name: 'to', label: 'To' },
        ]}
        values={params}
        keep={{}}
      />
      <Notices notices={notices} />
      <section className="section" aria-label="Changes">
        {result.total === 0 ? (
          <p>No changes match these filters.</p>
        ) : (
          <>
            <HistoryTable entries={result.rows} />
            <Pagination {...result} noun={['change', 'changes']} params={params} />
          </>
        )}
      </section>
    </>
  );
}
