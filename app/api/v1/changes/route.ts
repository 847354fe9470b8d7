import { ChangeApiQuery, CHANGES_DEFAULT_LIMIT } from '@/domain/changes';
import { readChangeRequest } from '@/app/lib/api/change-request';
import { accepts, etagOf, httpDate, notAcceptable, notModified } from '@/app/lib/api/http';
import { API_CORS_HEADERS, problemResponse } from '@/app/lib/api/problem';

const TYPES = ['application/json'] as const;

/** What was added, edited, retired, restored or lifted, newest first: `{ data, next }`. */
export async function GET(request: Request) {
  if (!accepts(request, TYPES)) return problemResponse(notAcceptable(TYPES));
  const read = await readChangeRequest(request, ChangeApiQuery, CHANGES_DEFAULT_LIMIT);
  if (!read.ok) return problemResponse(read.problem);
  const { changes, next } = read.page;
  const body = JSON.stringify({ data: changes, next });
  const etag = etagOf(body);
  const headers: Record<string, string> = {
    ...API_CORS_HEADERS,
    'Cache-Control': 'public, max-age=60',
    ETag: etag,
    Vary: 'Accept',
  };
  if (changes[0]) headers['Last-Modified'] = httpDate(changes[0].at);
  if (next) {
    const url = new URL(request.url);
    url.searchParams.set('cursor', next);
    headers.Link = `<${url.pathname}${url.search}>; rel="next"`;
  }
  if (notModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}

export function OPTIONS() {
  return new Response(null, {
    status: 204,
    headers: { ...API_CORS_HEADERS, 'Access-Control-Max-Age': '86400' },
  });
}
