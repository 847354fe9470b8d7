import Link from '@/app/ui/link';
import type { SourceRow } from '@/db/queries/sources/source-list';
import { formatCount, formatLanguage } from '@/app/lib/format';
import type { ListPage } from '@/app/lib/list-page';
import { DateCell } from '@/app/ui/tables/date-cell';
import type { Column } from '@/app/ui/lists/data-table';
import type { FilterField } from '@/app/ui/lists/filter-form';
import { ListView } from '@/app/ui/lists/list-view';

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

/** The sources list: its filters (the languages among them those the sources are in) and one page of rows. */
export function SourceList({ languages, ...page }: ListPage<SourceRow> & { languages: string[] }) {
  const fields: FilterField[] = [
    { kind: 'text', name: 'q', label: 'Title or publisher', placeholder: 'e.g. CNN' },
    languageField(languages, page.params.language),
    { kind: 'date', name: 'from', label: 'Published from' },
    { kind: 'date', name: 'to', label: 'Published until' },
  ];
  return (
    <ListView
      action="/sources"
      fields={fields}
      caption="Sources"
      noun={['source', 'sources']}
      columns={COLUMNS}
      page={page}
    />
  );
}
