import Link from '@/app/ui/link';
import { listSanctions, type SanctionRow } from '@/db/queries/sanction-list';
import { PARTY_KINDS, SANCTION_MEASURES, SANCTION_STATUSES } from '@/domain/vocabulary';
import { PAGE_SIZE, SANCTION_PARAMS } from '@/app/lib/filters';
import { formatVocabulary } from '@/app/lib/format';
import { linkValues, resolveParams } from '@/app/lib/resolve-params';
import { toSanctionFilter } from '@/app/lib/sanction-filter';
import type { SearchParams } from '@/app/lib/search-params';
import { DateCell } from '@/app/ui/tables/date-cell';
import { DataTable, type Column } from '@/app/ui/lists/data-table';
import { EmptyResult } from '@/app/ui/lists/empty-result';
import { FilterForm, type FilterField } from '@/app/ui/lists/filter-form';
import { Notices } from '@/app/ui/lists/notices';
import { Pagination } from '@/app/ui/lists/pagination';
import { PartyLink, StatusBadge, Tag } from '@/app/ui/values';

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: formatVocabulary(v) }));

const FIELDS: FilterField[] = [
  { kind: 'text', name: 'q', label: 'Search titles', placeholder: 'e.g. consequences' },
  { kind: 'party', name: 'party', label: 'Imposing party or target' },
  { kind: 'party', name: 'imposer', label: 'Imposing party' },
  { kind: 'party', name: 'target', label: 'Target' },
  { kind: 'select', name: 'measure', label: 'Measure', options: options(SANCTION_MEASURES) },
  { kind: 'select', name: 'status', label: 'Status', options: options(SANCTION_STATUSES) },
  { kind: 'select', name: 'targetKind', label: 'Kind of target', options: options(PARTY_KINDS) },
  { kind: 'date', name: 'from', label: 'Announced from' },
  { kind: 'date', name: 'to', label: 'Announced until' },
];

const COLUMNS: Column<SanctionRow>[] = [
  { header: 'Date', sortKey: 'date', defaultDir: 'desc', cell: (r) => <DateCell iso={r.announcedOn} /> },
  { header: 'Title', sortKey: 'title', cell: (r) => <Link href={`/sanctions/${r.id}`}>{r.title}</Link> },
  { header: 'Imposed by', sortKey: 'imposer', cell: (r) => <PartyLink party={r.imposer} /> },
  { header: 'Target', sortKey: 'target', cell: (r) => <PartyLink party={r.target} /> },
  { header: 'Measure', sortKey: 'measure', cell: (r) => <Tag value={r.measure} /> },
  { header: 'Status', sortKey: 'status', cell: (r) => <StatusBadge status={r.status} /> },
  {
    header: 'Sources',
    numeric: true,
    cell: (r) =>
      r.sourceCount === 0 ? (
        <span className="citation missing">none</span>
      ) : (
        <Link href={`/sanctions/${r.id}#sources`}>{r.sourceCount}</Link>
      ),
  },
];

export async function SanctionList({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const resolved = resolveParams(await searchParams, SANCTION_PARAMS);
  const { values, notices } = resolved;
  const sort = values.sort ?? 'date';
  const dir = values.dir ?? (sort === 'date' ? 'desc' : 'asc');
  const result = listSanctions(toSanctionFilter(resolved), {
    sort,
    dir,
    page: values.page ?? 1,
    pageSize: PAGE_SIZE,
  });
  if (values.page && values.page > result.pageCount)
    notices.push(`There is no page ${values.page}: showing page ${result.page}.`);
  const params = linkValues(values);

  return (
    <>
      <FilterForm
        action="/sanctions"
        fields={FIELDS}
        values={params}
        keep={{ sort: params.sort, dir: params.dir }}
      />
      <Notices notices={notices} />
      <section className="section" aria-label="Results">
        {result.total === 0 ? (
          <EmptyResult noun="sanctions" clearHref="/sanctions" />
        ) : (
          <>
            <DataTable
              caption="Sanctions"
              columns={COLUMNS}
              rows={result.rows}
              rowKey={(r) => r.id}
              params={params}
              sort={sort}
              dir={dir}
            />
            <Pagination {...result} noun={['sanction', 'sanctions']} params={params} />
          </>
        )}
      </section>
    </>
  );
}
