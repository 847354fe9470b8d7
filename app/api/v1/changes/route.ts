import { ChangeApiQuery, CHANGES_DEFAULT_LIMIT } from '@/domain/changes';
import { readChangeRequest } from '@/app/lib/api/change-request';
import {
  accepts,
  etagOf,
  httpDate,
  nextLink,
  notAcceptable,
  notModified,
  preflight,
} from '@/app/lib/api/http';
import type { PublicChange } from '@/db/queries/changes/change-feed';
import type { z } from 'zod';
import type { PublicChangeSchema } from '@/domain/api/changes';
import { API_CORS_HEADERS, problemResponse } from '@/app/lib/api/problem';

const TYPES = ['application/json'] as const;

/** What was added, edited, retired, restored or lifted, newest first: `{ data, next }`. */
export async function GET(request: Request) {
  if (!accepts(request, TYPES)) return problemResponse(notAcceptable(TYPES));
  const read = await readChangeRequest(request, ChangeApiQuery, CHANGES_DEFAULT_LIMIT);
  if (!read.ok) return problemResponse(read.problem);
  const { changes, next } = read.page;
  const body = JSON.stringify({ data: changes.map(apiChange), next });
  const etag = etagOf(body);
  const headers: Record<string, string> = {
    ...API_CORS_HEADERS,
    'Cache-Control': 'public, max-age=60',
    ETag: etag,
    Vary: 'Accept',
  };
  if (changes[0]) headers['Last-Modified'] = httpDate(changes[0].at);
  if (next) headers.Link = nextLink(request, next);
  if (notModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}

export const OPTIONS = preflight;

/** A change with the API's snake_case names (domain/api/changes.ts). */
const apiChange = ({
  entryId,
  import: from,
  ...change
}: PublicChange): z.input<typeof PublicChangeSchema> => ({
  ...change,
  entry_id: entryId,
  import: from && { batch_id: from.batchId, format: from.format },
});
