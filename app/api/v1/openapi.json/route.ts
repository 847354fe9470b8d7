import { connection } from 'next/server';
import { NoQuery } from '@/domain/api/query';
import { accepts, etagOf, notAcceptable, notModified, parseQuery, preflight } from '@/app/lib/api/http';
import { openApiDocument } from '@/app/lib/api/openapi';
import { API_CORS_HEADERS, problemResponse } from '@/app/lib/api/problem';

// The API's OpenAPI 3.1 document. It changes only with the code, so it is written once
// per process; requests still check their parameters and Accept.

const TYPES = ['application/json'] as const;
let document: { body: string; etag: string } | undefined;

async function answer(request: Request, withBody: boolean): Promise<Response> {
  await connection();
  const parsed = parseQuery(new URL(request.url), NoQuery);
  if (!parsed.ok) return problemResponse(parsed.problem);
  if (!accepts(request, TYPES)) return problemResponse(notAcceptable(TYPES));
  if (!document) {
    const body = JSON.stringify(openApiDocument());
    document = { body, etag: etagOf(body) };
  }
  const headers = {
    ...API_CORS_HEADERS,
    ETag: document.etag,
    'Cache-Control': 'public, max-age=300',
    Vary: 'Accept',
  };
  if (notModified(request, document.etag)) return new Response(null, { status: 304, headers });
  return new Response(withBody ? document.body : null, {
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export const GET = (request: Request) => answer(request, true);
export const HEAD = (request: Request) => answer(request, false);
export const OPTIONS = preflight;
