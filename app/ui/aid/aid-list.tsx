import Link from '@/app/ui/link';
import { listAid, type AidRow } from '@/db/queries/aid-list';
import { toAidFilter } from '@/app/lib/aid-filter';
import { AID_PARAMS, AID_STATUS_FILTERS, PAGE_SIZE } from '@/app/lib/filters';
import { formatVocabulary } from '@/app/lib/format';
import { linkValues, resolveParams } from '@/app/lib/resolve-params';
import type { SearchParams } from '@/app/lib/search-params';
import { AID_CATEGORIES } from '@/domain/vocabulary';
import { DataTable, type Column } from '@/app/ui/lists/data-table';
import { EmptyResult } from '@/app/ui/lists/empty-result';
import { FilterForm, type FilterField } from '@/app/ui/lists/filter-form';
import { Notices } from '@/app/ui/lists/notices';
import { Pagination } from '@/app/ui/lists/pagination';
import { Amount, DateText, PartyLink, StatusBadge, Tag } from '@/app/ui/values';

const FIELDS: FilterField[] = [
  { kind: 'text', name: 'q', label: 'Search titles', placeholder: 'e.g. weapons' },
  { kind: 'party', name: 'party', label: 'Donor or recipient' },
  { kind: 'party', name: 'donor', label: 'Donor' },
  { kind: 'party', name: 'recipient', label: 'Recipient' },
  {
    kind: 'select',
    name: 'category',
    label: 'Category',
    options: AID_CATEGORIES.map((v) => ({ value: v, label: formatVocabulary(v) })),
  },
  {
    kind: 'select',
    name: 'status',
    label: 'Status',
    options: AID_STATUS_FILTERS.map((v) => ({
      value: v,
      label:
        v === 'committed'
          ? 'Committed (approved to delivered)'
          : v === 'uncommitted'
            ? 'Requested or pledged'
            : formatVocabulary(v),
    })),
  },
  { kind: 'date', name: 'from', label: 'Announced from' },
  { kind: 'date', name: 'to', label: 'Announced until' },
];

const COLUMNS: Column<AidRow>[] = [
  { header: 'Date', sortKey: 'date', defaultDir: 'desc', cell: (r) => <DateText iso={r.announcedOn} /> },
  { header: 'Title', sortKey: 'title', cell: (r) => <Link href={`/aid/${r.id}`}>{r.title}</Link> },
  { header: 'Donor', sortKey: 'donor', cell: (r) => <PartyLink party={r.donor} /> },
  { header: 'Recipient', sortKey: 'recipient', cell: (r) => <PartyLink party={r.recipient} /> },
  { header: 'Category', sortKey: 'category', cell: (r) => <Tag value={r.category} /> },
  { header: 'Status', sortKey: 'status', cell: (r) => <StatusBadge status={r.status} /> },
  {
    header: 'Amount (USD)',
    sortKey: 'amount',
    defaultDir: 'desc',
    numeric: true,
    cell: (r) => <Amount usd={r.amountUsd} />,
  },
  {
    header: 'Sources',
    numeric: true,
    cell: (r) =>
      r.sourceCount === 0 ? (
        <span className="citation missing">none</span>
      ) : (
        <Link href={`/aid/${r.id}#sources`}>{r.sourceCount}</Link>
      ),
  },
];

export async function AidList({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const resolved = resolveParams(await searchParams, AID_PARAMS);
  const { values, notices } = resolved;
  const sort = values.sort ?? 'date';
  const dir = values.dir ?? (sort === 'date' || sort === 'amount' ? 'desc' : 'asc');
  const result = listAid(toAidFilter(resolved), { sort, dir, page: values.page ?? 1, pageSize: PAGE_SIZE });
  if (values.page && values.page > result.pageCount)
    notices.push(`There is no page ${values.page}: showing page ${result.page}.`);
  const params = linkValues(values);

  return (
    <>
      <FilterForm
        action="/aid"
        fields={FIELDS}
        values={params}
        keep={{ sort: params.sort, dir: params.dir }}
      />
      <Notices notices={notices} />
      <section className="section" aria-label="Results">
        {result.total === 0 ? (
          <EmptyResult noun="aid packages" clearHref="/aid" />
        ) : (
          <>
            <DataTable
              caption="Aid packages"
              columns={COLUMNS}
              rows={result.rows}
              rowKey={(r) => r.id}
              params={params}
              sort={sort}
              dir={dir}
            />
            <Pagination {...result} noun={['aid package', 'aid packages']} params={params} />
          </>
        )}
      </section>
    </>
  );
}
