import Link from '@/app/ui/link';
import type { SourceDetail } from '@/db/queries/source-detail';
import { formatLanguage, pluralize } from '@/app/lib/format';
import { DateText } from '@/app/ui/values';
import { Notices } from '@/app/ui/lists/notices';
import { CitingList } from './citing-list';

/** Only web links are followed: anything else (javascript:, data:) is not a link to show. */
function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

interface Props {
  source: SourceDetail;
  /** The page of each list, for the links of the others. */
  params: Record<string, string | undefined>;
  notices: string[];
}

export function SourceDetailView({ source, params, notices }: Props) {
  const url = webUrl(source.url);
  const { aid, sanctions, events } = source;
  const total = aid.total + sanctions.total + events.total;
  const pages = (kind: 'aid' | 'sanctions' | 'events', id: string, noun: [string, string]) => ({
    page: source[kind],
    pager: { params, param: kind, anchor: id, noun, label: `Pages of ${noun[1]}` },
  });
  return (
    <article aria-labelledby="source-title">
      <p className="breadcrumb">
        <Link href="/sources">Sources</Link> / {formatLanguage(source.language)}
      </p>
      <h1 id="source-title" lang={source.language}>
        {source.title}
      </h1>
      <section className="section" aria-label="About this source">
        <dl className="facts">
          <dt>Publisher</dt>
          <dd>{source.publisher ?? <span className="muted">unknown</span>}</dd>
          <dt>Published</dt>
          <dd>
            <DateText iso={source.publishedOn} />
          </dd>
          <dt>Language</dt>
          <dd>
            {formatLanguage(source.language)} <span className="muted">({source.language})</span>
          </dd>
          <dt>Link</dt>
          <dd>
            {url ? (
              <a href={url} rel="noopener noreferrer" target="_blank">
                {url}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              <span className="muted">no link known</span>
            )}
          </dd>
          {source.notes && (
            <>
              <dt>Notes</dt>
              <dd>{source.notes}</dd>
            </>
          )}
        </dl>
      </section>
      <section className="section" id="cited-by" aria-labelledby="cited-by-heading">
        <h2 id="cited-by-heading">Cited by {pluralize(total, 'row')}</h2>
        {total === 0 ? (
          <p>Nothing cites this source yet.</p>
        ) : (
          <p className="muted">
            {pluralize(aid.total, 'aid package')}, {pluralize(sanctions.total, 'sanction')} and{' '}
            {pluralize(events.total, 'event')}, each with the passage it relies on, as published.
          </p>
        )}
        <Notices notices={notices} />
        <CitingList
          id="citing-aid"
          title="Aid packages"
          language={source.language}
          {...pages('aid', 'citing-aid', ['aid package', 'aid packages'])}
          items={aid.rows.map((a) => ({
            ...a,
            href: `/aid/${a.id}`,
            parties: [a.donor, a.recipient],
            status: a.status,
            tag: a.category,
            amountUsd: a.amountUsd,
          }))}
        />
        <CitingList
          id="citing-sanctions"
          title="Sanctions"
          language={source.language}
          {...pages('sanctions', 'citing-sanctions', ['sanction', 'sanctions'])}
          items={sanctions.rows.map((s) => ({ ...s, href: `/sanctions/${s.id}`, parties: [s.imposer, s.target], status: s.status, tag: s.measure }))}
        />
        <CitingList
          id="citing-events"
          title="Events"
          language={source.language}
          {...pages('events', 'citing-events', ['event', 'events'])}
          items={events.rows.map((e) => ({ ...e, href: `/events/${e.id}` }))}
        />
      </section>
      <p className="muted">
        Last updated <DateText iso={source.updatedAt.slice(0, 10)} />
      </p>
    </article>
  );
}
