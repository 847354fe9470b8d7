import Link from '@/app/ui/link';
import { listSourceLanguages, listSources, type SourceRow } from '@/db/queries/source-list';
import { PAGE_SIZE, SOURCE_PARAMS } from '@/app/lib/filters';
import { formatCount, formatLanguage } from '@/app/lib/format';
import { linkValues, resolveParams } from '@/app/lib/resolve-params';
import type { SearchParams } from '@/app/lib/search-params';
import { toSourceFilter } from '@/app/lib/source-filter';
import { DateCell } from '@/app/ui/tables/date-cell';
import { DataTable, type Column } from '@/app/ui/lists/data-table';
import { EmptyResult } from '@/app/ui/lists/empty-result';
import { FilterForm, type FilterField } from '@/app/ui/lists/filter-form';
import { Notices } from '@/app/ui/lists/notices';
import { Pagination } from '@/app/ui/lists/pagination';

const COLUMNS: Column<SourceRow>[] = [
  {
    header: 'Title',
    sortKey: 'title',
    cell: (r) => (
      <Link href={`/sources/${r.id}`} lang={r.language}>
        {r.title}
      </Link>
    ),
  },
  {
    header: 'Publisher',
    sortKey: 'publisher',
    cell: (r) => r.publisher ?? <span className="muted">unknown</span>,
  },
  { header: 'Published', sortKey: 'date', defaultDir: 'desc', cell: (r) => <DateCell iso={r.publishedOn} /> },
  { header: 'Language', cell: (r) => formatLanguage(r.language) },
  {
    header: 'Cited by',
    sortKey: 'citations',
    defaultDir: 'desc',
    numeric: true,
    cell: (r) =>
      r.citingCount === 0 ? (
        <span className="muted">nothing</span>
      ) : (
        <Link href={`/sources/${r.id}#cited-by`}>{formatCount(r.citingCount)}</Link>
      ),
  },
];

/** The languages sources are in, plus the one asked for if none is (so the form still shows it). */
function languageField(languages: string[], current: string | undefined): FilterField {
  const codes = current && !languages.includes(current) ? [...languages, current] : languages;
  return {
    kind: 'select',
    name: 'language',
    label: 'Language',
    options: codes.map((c) => ({ value: c, label: `${formatLanguage(c)} (${c})` })),
  };
}

export async function SourceList({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const resolved = resolveParams(await searchParams, SOURCE_PARAMS);
  const { values, notices } = resolved;
  const sort = values.sort ?? 'date';
  const dir = values.dir ?? (sort === 'date' || sort === 'citations' ? 'desc' : 'asc');
  const result = listSources(toSourceFilter(resolved), {
    sort,
    dir,
    page: values.page ?? 1,
    pageSize: PAGE_SIZE,
  });
  if (values.page && values.page > result.pageCount)
    notices.push(`There is no page ${values.page}: showing page ${result.page}.`);
  const params = linkValues(values);
  const fields: FilterField[] = [
    { kind: 'text', name: 'q', label: 'Title or publisher', placeholder: 'e.g. CNN' },
    languageField(listSourceLanguages(), values.language),
    { kind: 'date', name: 'from', label: 'Published from' },
    { kind: 'date', name: 'to', label: 'Published until' },
  ];

  return (
    <>
      <FilterForm
        action="/sources"
        fields={fields}
        values={params}
        keep={{ sort: params.sort, dir: params.dir }}
      />
      <Notices notices={notices} />
      <section className="section" aria-label="Results">
        {result.total === 0 ? (
          <EmptyResult noun="sources" clearHref="/sources" />
        ) : (
          <>
            <DataTable
              caption="Sources"
              columns={COLUMNS}
              rows={result.rows}
              rowKey={(r) => r.id}
              params={params}
              sort={sort}
              dir={dir}
            />
            <Pagination {...result} noun={['source', 'sources']} params={params} />
          </>
        )}
      </section>
    </>
  );
}
