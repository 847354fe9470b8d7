import { etagOf } from '@/app/lib/api/http';
import { notModified } from '@/app/lib/api/http';
import { API_CORS_HEADERS } from '@/app/lib/api/problem';
import { readSnapshot, snapshotFileName, snapshotOptions } from '@/app/lib/api/snapshot';

// The snapshot's SHA-256 as `sha256sum` writes it, so that saved beside the download it
// checks it: `sha256sum -c tracker-<date>.sqlite.sha256`.

const ACCEPTED = ['text/plain'] as const;

async function answer(request: Request, withBody: boolean): Promise<Response> {
  const snapshot = await readSnapshot(request, ACCEPTED);
  if (snapshot instanceof Response) return snapshot;
  const text = `${snapshot.sha256}  ${snapshotFileName(snapshot)}\n`;
  const headers = {
    ...API_CORS_HEADERS,
    ETag: etagOf(text),
    'Last-Modified': snapshot.createdAt.toUTCString(),
    'Cache-Control': 'public, max-age=0, must-revalidate',
    Vary: 'Accept',
  };
  if (notModified(request, headers.ETag)) return new Response(null, { status: 304, headers });
  return new Response(withBody ? text : null, {
    headers: {
      ...headers,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `inline; filename="${snapshotFileName(snapshot)}.sha256"`,
    },
  });
}

export function GET(request: Request): Promise<Response> {
  return answer(request, true);
}

export function HEAD(request: Request): Promise<Response> {
  return answer(request, false);
}

export const OPTIONS = snapshotOptions;
