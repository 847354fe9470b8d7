import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { notModified } from '@/app/lib/api/http';
import { API_CORS_HEADERS } from '@/app/lib/api/problem';
import { readSnapshot, snapshotFileName, snapshotOptions } from '@/app/lib/api/snapshot';

// The whole public database as one SQLite file (db/snapshot: editors' data taken out),
// streamed from disk. Its SHA-256 is its entity tag and its Repr-Digest (RFC 9530), and
// is served apart at /api/v1/snapshot/sha256 for `sha256sum -c`.

const TYPE = 'application/vnd.sqlite3';
const ACCEPTED = [TYPE, 'application/x-sqlite3', 'application/octet-stream'] as const;

async function answer(request: Request, withBody: boolean): Promise<Response> {
  const snapshot = await readSnapshot(request, ACCEPTED);
  if (snapshot instanceof Response) return snapshot;
  const headers = {
    ...API_CORS_HEADERS,
    ETag: `"${snapshot.sha256}"`,
    'Last-Modified': snapshot.createdAt.toUTCString(),
    'Cache-Control': 'public, max-age=0, must-revalidate',
    Vary: 'Accept',
  };
  if (notModified(request, headers.ETag)) return new Response(null, { status: 304, headers });
  const body = withBody
    ? (Readable.toWeb(createReadStream(snapshot.file)) as ReadableStream<Uint8Array>)
    : null;
  return new Response(body, {
    headers: {
      ...headers,
      'Content-Type': TYPE,
      'Content-Length': String(snapshot.bytes),
      'Content-Disposition': `attachment; filename="${snapshotFileName(snapshot)}"`,
      'Repr-Digest': `sha-256=:${Buffer.from(snapshot.sha256, 'hex').toString('base64')}:`,
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
