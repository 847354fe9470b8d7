import type { PageResult } from '@/db/queries/list/filters';
import { RETIRED_OPTIONS } from '@/app/lib/params/admin-list';
import { DataTable, type Column } from '@/app/ui/lists/data-table';
import { FilterForm } from '@/app/ui/lists/filter-form';
import { Notices } from '@/app/ui/lists/notices';
import { Pagination } from '@/app/ui/lists/pagination';

interface Props<T> {
  /** The list's own path, e.g. `/admin/sanctions`: the filter form submits to it. */
  action: string;
  searchLabel: string;
  caption: string;
  noun: [singular: string, plural: string];
  columns: Column<T>[];
  result: PageResult<T>;
  rowKey: (row: T) => number;
  /** The URL values as strings (search, state, page), kept by the page links. */
  params: Record<string, string | undefined>;
  notices: string[];
}

/** An editor's list: search, live/retired/all, a page of rows (as the aid admin list). */
export function AdminList<T>({
  action,
  searchLabel,
  caption,
  noun,
  columns,
  result,
  rowKey,
  params,
  notices,
}: Props<T>) {
  return (
    <>
      <FilterForm
        action={action}
        fields={[
          { kind: 'text', name: 'q', label: searchLabel },
          { kind: 'select', name: 'state', label: 'Show', options: RETIRED_OPTIONS },
        ]}
        values={params}
        keep={{}}
      />
      <Notices notices={notices} />
      <section className="section" aria-label="Results">
        {result.total === 0 ? (
          <p>No {noun[1]} here.</p>
        ) : (
          <>
            <DataTable
              caption={caption}
              columns={columns}
              rows={result.rows}
              rowKey={rowKey}
              params={params}
              sort=""
              dir="desc"
            />
            <Pagination {...result} noun={noun} params={params} />
          </>
        )}
      </section>
    </>
  );
}

/** `2022-03-14T09:30:12.345Z` → `2022-03-14 09:30`, as the aid list shows it. */
export const updatedAt = (iso: string) => iso.slice(0, 16).replace('T', ' ');
