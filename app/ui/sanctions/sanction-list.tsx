import Link from '@/app/ui/link';
import type { SanctionRow } from '@/db/queries/sanctions/sanction-list';
import { PARTY_KINDS, SANCTION_MEASURES, SANCTION_STATUSES } from '@/domain/vocabulary';
import { formatVocabulary } from '@/app/lib/format';
import type { ListPage } from '@/app/lib/list-page';
import { DateCell } from '@/app/ui/tables/date-cell';
import type { Column } from '@/app/ui/lists/data-table';
import type { FilterField } from '@/app/ui/lists/filter-form';
import { ListView } from '@/app/ui/lists/list-view';
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

/** The sanctions list: its filters and one page of rows, as the route read them. */
export function SanctionList(page: ListPage<SanctionRow>) {
  return (
    <ListView
      action="/sanctions"
      fields={FIELDS}
      caption="Sanctions"
      noun={['sanction', 'sanctions']}
      columns={COLUMNS}
      page={page}
    />
  );
}
