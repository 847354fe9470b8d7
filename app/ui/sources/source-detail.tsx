import Link from '@/app/ui/link';
import type { CitingPages, SourceDetail } from '@/db/queries/sources/source-detail';
import { CITING_KINDS, type CitingKind } from '@/domain/vocabulary';
import { linkValues } from '@/app/lib/params/resolve-params';
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

/** How each kind of citing entry is listed. */
const LISTS: Record<CitingKind, { id: string; title: string; noun: [string, string] }> = {
  aid: { id: 'citing-aid', title: 'Aid packages', noun: ['aid package', 'aid packages'] },
  sanctions: { id: 'citing-sanctions', title: 'Sanctions', noun: ['sanction', 'sanctions'] },
  events: { id: 'citing-events', title: 'Events', noun: ['event', 'events'] },
};

interface Props {
  source: SourceDetail;
  /** The page of each list the URL asked for (a page past the end is shown as the last). */
  asked: CitingPages;
  /** What the URL asked for that could not be used. */
  notices: string[];
}

export function SourceDetailView({ source, asked, notices }: Props) {
  const url = webUrl(source.url);
  const { aid, sanctions, events } = source;
  const total = aid.total + sanctions.total + events.total;
  const clamped = CITING_KINDS.flatMap((kind) => {
    const page = asked[kind];
    return page && page > source[kind].pageCount
      ? [`There is no page ${page} of ${LISTS[kind].noun[1]}: showing page ${source[kind].page}.`]
      : [];
  });
  // Each list's page links keep the other lists on the pages shown.
  const params = linkValues(
    Object.fromEntries(
      CITING_KINDS.map((kind) => [kind, source[kind].page > 1 ? source[kind].page : undefined]),
    ),
  );
  const list = (kind: CitingKind) => {
    const { id, title, noun } = LISTS[kind];
    return {
      id,
      title,
      language: source.language,
      page: source[kind],
      pager: { params, param: kind, anchor: id, noun, label: `Pages of ${noun[1]}` },
    };
  };
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
        <Notices notices={[...notices, ...clamped]} />
        <CitingList
          {...list('aid')}
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
          {...list('sanctions')}
          items={sanctions.rows.map((s) => ({
            ...s,
            href: `/sanctions/${s.id}`,
            parties: [s.imposer, s.target],
            status: s.status,
            tag: s.measure,
          }))}
        />
        <CitingList {...list('events')} items={events.rows.map((e) => ({ ...e, href: `/events/${e.id}` }))} />
      </section>
      <p className="muted">
        Last updated <DateText iso={source.updatedAt.slice(0, 10)} />
      </p>
    </article>
  );
}
