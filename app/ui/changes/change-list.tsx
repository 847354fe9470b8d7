import Link from '@/app/ui/link';
import type { ChangePage, PublicChange } from '@/db/queries/changes/change-feed';
import { CHANGE_KIND_LABELS, CHANGE_KINDS } from '@/domain/changes';
import { actionWord, describeField, importWords, kindWord } from '@/app/lib/change-words';
import { withParams } from '@/app/lib/params/search-params';
import { DataTable, type Column } from '@/app/ui/lists/data-table';
import { EmptyResult } from '@/app/ui/lists/empty-result';
import { FilterForm, type FilterField } from '@/app/ui/lists/filter-form';
import { Notices } from '@/app/ui/lists/notices';
import type { ViewCite } from '@/app/lib/view-links';
import { ViewTools } from '@/app/ui/view-tools/view-tools';

const FIELDS: FilterField[] = [
  {
    kind: 'select',
    name: 'kind',
    label: 'Kind of entry',
    options: CHANGE_KINDS.map((k) => ({ value: k, label: CHANGE_KIND_LABELS[k] })),
  },
  { kind: 'party', name: 'party', label: 'Party involved' },
  { kind: 'date', name: 'since', label: 'From' },
  { kind: 'date', name: 'until', label: 'Until' },
];

/** `2026-12-08T00:47:03.120Z` → `2026-12-08 00:47 UTC`: the audit log's clock is UTC. */
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

const COLUMNS: Column<PublicChange>[] = [
  { header: 'When', cell: (c) => <time dateTime={c.at}>{when(c.at)}</time> },
  { header: 'Change', cell: (c) => actionWord(c.action) },
  { header: 'Kind', cell: (c) => kindWord(c.kind) },
  { header: 'Entry', cell: (c) => <Link href={c.permalink}>{c.title}</Link> },
  {
    header: 'What changed',
    cell: (c) =>
      c.fields.length === 0 ? (
        <span className="muted">—</span>
      ) : (
        <ul className="change-fields">
          {c.fields.map((f) => (
            <li key={f.field}>{describeField(f)}</li>
          ))}
        </ul>
      ),
  },
  { header: 'Origin', cell: (c) => (c.import ? `From ${importWords(c.import)}` : 'Editor') },
];

interface Props {
  page: ChangePage;
  /** The filters as the URL holds them (no cursor). */
  params: Record<string, string | undefined>;
  notices: string[];
  /** Whether this page is past the newest changes. */
  older: boolean;
  view: ViewCite;
}

/** The change feed as a page: how to cite it, its filters, one page of changes, the way to older ones and to the feeds. */
export function ChangeList({ page, params, notices, older, view }: Props) {
  const query = withParams(params);
  return (
    <>
      <ViewTools {...view} />
      <FilterForm action="/changes" fields={FIELDS} values={params} keep={{}} />
      <Notices notices={notices} />
      <p className="feed-links">
        Follow these changes: <a href={`/changes/feed.atom${query}`}>Atom feed</a> ·{' '}
        <a href={`/api/v1/changes${query}`}>JSON</a> (<Link href="/api#listChanges">API documentation</Link>)
      </p>
      <section className="section" aria-label="Results">
        {page.changes.length === 0 ? (
          <EmptyResult noun="changes" clearHref="/changes" />
        ) : (
          <DataTable
            caption="Changes, newest first"
            columns={COLUMNS}
            rows={page.changes}
            rowKey={(c) => c.id}
            params={params}
            sort=""
            dir="desc"
          />
        )}
        {(older || page.next) && (
          <nav className="pagination" aria-label="Pages">
            <p className="pagination-links">
              {older && <Link href={`/changes${query}`}>← Newest</Link>}
              {page.next && (
                <Link href={withParams(params, { cursor: page.next })} rel="next">
                  Older changes →
                </Link>
              )}
            </p>
          </nav>
        )}
      </section>
    </>
  );
}
