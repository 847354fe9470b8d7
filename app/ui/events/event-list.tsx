import Link from '@/app/ui/link';
import { listEvents, type EventRow } from '@/db/queries/event-list';
import { toEventFilter } from '@/app/lib/event-filter';
import { EVENT_PARAMS, PAGE_SIZE } from '@/app/lib/filters';
import { linkValues, resolveParams } from '@/app/lib/resolve-params';
import type { SearchParams } from '@/app/lib/search-params';
import { DateCell } from '@/app/ui/tables/date-cell';
import { DataTable, type Column } from '@/app/ui/lists/data-table';
import { EmptyResult } from '@/app/ui/lists/empty-result';
import { FilterForm, type FilterField } from '@/app/ui/lists/filter-form';
import { Notices } from '@/app/ui/lists/notices';
import { Pagination } from '@/app/ui/lists/pagination';
import { PartyLinks } from '@/app/ui/party-links';

const FIELDS: FilterField[] = [
  { kind: 'text', name: 'q', label: 'Search titles', placeholder: 'e.g. invasion' },
  { kind: 'party', name: 'party', label: 'Party involved' },
  { kind: 'date', name: 'from', label: 'From' },
  { kind: 'date', name: 'to', label: 'Until' },
];

const COLUMNS: Column<EventRow>[] = [
  { header: 'Date', sortKey: 'date', defaultDir: 'desc', cell: (r) => <DateCell iso={r.occurredOn} /> },
  { header: 'Title', sortKey: 'title', cell: (r) => <Link href={`/events/${r.id}`}>{r.title}</Link> },
  { header: 'Parties involved', cell: (r) => <PartyLinks parties={r.parties} /> },
  {
    header: 'Sources',
    numeric: true,
    cell: (r) =>
      r.sourceCount === 0 ? (
        <span className="citation missing">none</span>
      ) : (
        <Link href={`/events/${r.id}#sources`}>{r.sourceCount}</Link>
      ),
  },
];

export async function EventList({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const resolved = resolveParams(await searchParams, EVENT_PARAMS);
  const { values, notices } = resolved;
  const sort = values.sort ?? 'date';
  const dir = values.dir ?? (sort === 'date' ? 'desc' : 'asc');
  const result = listEvents(toEventFilter(resolved), {
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
        action="/events"
        fields={FIELDS}
        values={params}
        keep={{ sort: params.sort, dir: params.dir }}
      />
      <Notices notices={notices} />
      <section className="section" aria-label="Results">
        {result.total === 0 ? (
          <EmptyResult noun="events" clearHref="/events" />
        ) : (
          <>
            <DataTable
              caption="Events"
              columns={COLUMNS}
              rows={result.rows}
              rowKey={(r) => r.id}
              params={params}
              sort={sort}
              dir={dir}
            />
            <Pagination {...result} noun={['event', 'events']} params={params} />
          </>
        )}
      </section>
    </>
  );
}
