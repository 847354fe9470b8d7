import { Readable } from 'node:stream';
import { connection } from 'next/server';
import { ftmJsonLines } from '@/db/export/ftm';
import { getDataVersion, getDb } from '@/db/index';
import { NoQuery } from '@/domain/api/query';
import { accepts, notModified, parseQuery, preflight } from '@/app/lib/api/http';
import { API_CORS_HEADERS, problemResponse } from '@/app/lib/api/problem';

// The tracker's public parties, sanctions and aid as FollowTheMoney entities, one JSON
// object a line (`entities.ftm.json`), streamed as it is read. `application/x-ndjson` is
// the type HTTP tools know for JSON lines; `application/jsonl` and `application/json-lines`
// are accepted in `Accept` as the same thing.

const TYPE = 'application/x-ndjson';
const ACCEPTED = [TYPE, 'application/jsonl', 'application/json-lines'] as const;

async function answer(request: Request, withBody: boolean): Promise<Response> {
  await connection();
  const parsed = parseQuery(new URL(request.url), NoQuery);
  if (!parsed.ok) return problemResponse(parsed.problem);
  if (!accepts(request, ACCEPTED))
    return problemResponse({
      status: 406,
      title: 'Not acceptable',
      detail: `/api/v1/ftm is served as ${TYPE} (FollowTheMoney JSON lines) only; accept it or */*.`,
    });
  const { databaseId, revision } = getDataVersion();
  const headers = {
    ...API_CORS_HEADERS,
    ETag: `"ftm-${databaseId}-${revision}"`,
    'Cache-Control': 'public, max-age=0, must-revalidate',
    Vary: 'Accept',
  };
  if (notModified(request, headers.ETag)) return new Response(null, { status: 304, headers });
  const body = withBody ? (Readable.toWeb(ftmJsonLines(getDb())) as ReadableStream<Uint8Array>) : null;
  return new Response(body, {
    headers: {
      ...headers,
      'Content-Type': `${TYPE}; charset=utf-8`,
      'Content-Disposition': 'attachment; filename="entities.ftm.json"',
    },
  });
}

export function GET(request: Request): Promise<Response> {
  return answer(request, true);
}

export function HEAD(request: Request): Promise<Response> {
  return answer(request, false);
}

export const OPTIONS = preflight;
