import Link from '@/app/ui/link';
import type { PartyRow } from '@/db/queries/parties/party-list';
import { PARTY_KINDS } from '@/domain/vocabulary';
import { formatCountry } from '@/app/lib/country';
import { PARTY_ROLES, type PartyRole } from '@/app/lib/params/parties';
import { formatCount, formatVocabulary } from '@/app/lib/format';
import type { ListPage } from '@/app/lib/list-page';
import type { Column } from '@/app/ui/lists/data-table';
import type { FilterField } from '@/app/ui/lists/filter-form';
import { ListView } from '@/app/ui/lists/list-view';
import { Amount } from '@/app/ui/values';

const ROLE_LABELS: Record<PartyRole, string> = {
  donor: 'Gave aid',
  recipient: 'Received aid',
  imposer: 'Imposed sanctions',
  target: 'Targeted by sanctions',
};

const FIELDS: FilterField[] = [
  { kind: 'text', name: 'q', label: 'Search names', placeholder: 'e.g. Russia' },
  {
    kind: 'select',
    name: 'kind',
    label: 'Kind',
    options: PARTY_KINDS.map((v) => ({ value: v, label: formatVocabulary(v) })),
  },
  {
    kind: 'select',
    name: 'role',
    label: 'Role',
    options: PARTY_ROLES.map((v) => ({ value: v, label: ROLE_LABELS[v] })),
  },
];

/** A figure that links to the rows behind it; no aid at all reads as "none", never $0. */
function Figure({
  count,
  href,
  children,
  zero = '0',
}: {
  count: number;
  href: string;
  children: React.ReactNode;
  zero?: string;
}) {
  if (count === 0) return <span className="muted">{zero}</span>;
  return <Link href={href}>{children}</Link>;
}

const COLUMNS: Column<PartyRow>[] = [
  { header: 'Name', sortKey: 'name', cell: (r) => <Link href={`/parties/${r.slug}`}>{r.name}</Link> },
  { header: 'Kind', sortKey: 'kind', cell: (r) => formatVocabulary(r.kind) },
  { header: 'Country', cell: (r) => formatCountry(r.countryCode) ?? <span className="muted">—</span> },
  {
    header: 'Aid given',
    sortKey: 'given',
    defaultDir: 'desc',
    numeric: true,
    cell: (r) => (
      <Figure count={r.givenCount} zero="none" href={`/aid?donor=${r.slug}&status=committed`}>
        <Amount usd={r.givenUsd} />
      </Figure>
    ),
  },
  {
    header: 'Aid received',
    sortKey: 'received',
    defaultDir: 'desc',
    numeric: true,
    cell: (r) => (
      <Figure count={r.receivedCount} zero="none" href={`/aid?recipient=${r.slug}&status=committed`}>
        <Amount usd={r.receivedUsd} />
      </Figure>
    ),
  },
  {
    header: 'Sanctions imposed',
    sortKey: 'imposed',
    defaultDir: 'desc',
    numeric: true,
    cell: (r) => (
      <Figure count={r.imposedCount} href={`/sanctions?imposer=${r.slug}&status=imposed`}>
        {formatCount(r.imposedCount)}
      </Figure>
    ),
  },
  {
    header: 'Sanctions suffered',
    sortKey: 'targeted',
    defaultDir: 'desc',
    numeric: true,
    cell: (r) => (
      <Figure count={r.targetedCount} href={`/sanctions?target=${r.slug}&status=imposed`}>
        {formatCount(r.targetedCount)}
      </Figure>
    ),
  },
];

/** The parties list: its filters and one page of rows, as the route read them. */
export function PartyList(page: ListPage<PartyRow>) {
  return (
    <ListView
      action="/parties"
      fields={FIELDS}
      caption="Parties"
      noun={['party', 'parties']}
      columns={COLUMNS}
      page={page}
    />
  );
}
