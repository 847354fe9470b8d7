import { etagOf } from '@/app/lib/api/http';
import { notModified } from '@/app/lib/api/http';
import { API_CORS_HEADERS } from '@/app/lib/api/problem';
import { readSnapshot, snapshotOptions } from '@/app/lib/api/snapshot';
import { snapshotReadme } from '@/db/snapshot/readme';

// What the snapshot's tables and columns mean, read from the snapshot's own schema.

const ACCEPTED = ['text/markdown', 'text/plain'] as const;

async function answer(request: Request, withBody: boolean): Promise<Response> {
  const snapshot = await readSnapshot(request, ACCEPTED);
  if (snapshot instanceof Response) return snapshot;
  const text = snapshotReadme(snapshot.file);
  const headers = {
    ...API_CORS_HEADERS,
    ETag: etagOf(text),
    'Cache-Control': 'public, max-age=0, must-revalidate',
    Vary: 'Accept',
  };
  if (notModified(request, headers.ETag)) return new Response(null, { status: 304, headers });
  return new Response(withBody ? text : null, {
    headers: { ...headers, 'Content-Type': 'text/markdown; charset=utf-8' },
  });
}

export function GET(request: Request): Promise<Response> {
  return answer(request, true);
}

export function HEAD(request: Request): Promise<Response> {
  return answer(request, false);
}

export const OPTIONS = snapshotOptions;
