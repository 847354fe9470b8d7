import type { ListPage } from '@/app/lib/list-page';
import { AsOfBanner } from './as-of-banner';
import { DataTable, type Column } from './data-table';
import { EmptyResult } from './empty-result';
import { FilterForm, type FilterField } from './filter-form';
import { Notices } from './notices';
import { Pagination } from './pagination';
import { ViewTools } from '@/app/ui/view-tools/view-tools';
import { withParams } from '@/app/lib/params/search-params';

interface Props<Row> {
  /** The list's own path, where its filter form sends the reader. */
  action: string;
  fields: FilterField[];
  caption: string;
  /** `['aid package', 'aid packages']`. */
  noun: [string, string];
  columns: Column<Row>[];
  page: ListPage<Row>;
}

/**
 * Every list page's body: how to cite and download it, its filters, what was ignored, then one
 * page of rows or the way back to everything.
 */
export function ListView<Row extends { id: number }>({
  action,
  fields,
  caption,
  noun,
  columns,
  page,
}: Props<Row>) {
  const { result, params, sort, dir, notices, view } = page;
  return (
    <>
      <AsOfBanner path={action} params={params} />
      <ViewTools {...view} />
      <FilterForm
        action={action}
        fields={fields}
        values={params}
        keep={{ sort: params.sort, dir: params.dir, asof: params.asof }}
      />
      <Notices notices={notices} />
      <section className="section" aria-label="Results">
        {result.total === 0 ? (
          <EmptyResult noun={noun[1]} clearHref={`${action}${withParams({ asof: params.asof })}`} />
        ) : (
          <>
            <DataTable
              caption={caption}
              columns={columns}
              rows={result.rows}
              rowKey={(r) => r.id}
              params={params}
              sort={sort}
              dir={dir}
            />
            <Pagination {...result} noun={noun} params={params} />
          </>
        )}
      </section>
    </>
  );
}
