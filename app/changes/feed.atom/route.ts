import { ChangeFeedQuery, CHANGES_DEFAULT_LIMIT } from '@/domain/changes';
import { readChangeRequest } from '@/app/lib/api/change-request';
import { accepts, etagOf, httpDate, notAcceptable, notModified } from '@/app/lib/api/http';
import { problemResponse } from '@/app/lib/api/problem';
import { actionWord, describeChange, kindWord } from '@/app/lib/change-words';
import { atomXml } from '@/app/lib/feeds/atom';

const TYPES = ['application/atom+xml', 'application/xml', 'text/xml'] as const;

// Ids are tag: URIs and links are relative to the feed: nothing in it comes from the
// request's Host header, so a kept copy cannot carry another site's address.
const TAG = 'tag:sanctions-aid-tracker,2026:';
// Before any change: the feed still needs an `updated`.
const EPOCH = '2022-01-01T00:00:00.000Z';

/** The change feed as Atom 1.0, with the page's filters; the newest 50 changes. */
export async function GET(request: Request) {
  if (!accepts(request, TYPES)) return problemResponse(notAcceptable(TYPES));
  const read = await readChangeRequest(request, ChangeFeedQuery, CHANGES_DEFAULT_LIMIT);
  if (!read.ok) return problemResponse(read.problem);
  const { changes } = read.page;
  const search = new URL(request.url).search;
  const body = atomXml({
    id: `${TAG}changes${search}`,
    title: 'Sanctions & Aid Tracker: changes',
    updated: changes[0]?.at ?? EPOCH,
    self: `/changes/feed.atom${search}`,
    alternate: `/changes${search}`,
    entries: changes.map((c) => ({
      id: `${TAG}change/${c.id}`,
      title: `${actionWord(c.action)}: ${c.title} (${kindWord(c.kind).toLowerCase()})`,
      updated: c.at,
      link: c.permalink,
      summary: describeChange(c),
    })),
  });
  const etag = etagOf(body);
  const headers: Record<string, string> = {
    'Cache-Control': 'public, max-age=60',
    ETag: etag,
    'Access-Control-Allow-Origin': '*',
  };
  if (changes[0]) headers['Last-Modified'] = httpDate(changes[0].at);
  if (notModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, {
    headers: { ...headers, 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
