import 'server-only';
import { connection } from 'next/server';
import { resolveDatabasePath } from '@/db/client';
import { getDataVersion } from '@/db/index';
import { currentSnapshot, type Snapshot } from '@/db/snapshot/store';
import { env } from '@/app/lib/env';
import { NoQuery } from '@/domain/api/query';
import { accepts, parseQuery } from './http';
import { API_CORS_HEADERS, problemResponse } from './problem';

// What the three snapshot routes share (/api/v1/snapshot, its .../sha256 and .../readme):
// the same file, the same checks of the request, the same refusals.

/**
 * The snapshot to serve (db/snapshot/store.ts), or the problem to answer when none can be
 * made: the request is then told to come back, never shown the error.
 */
export async function readSnapshot(request: Request, types: readonly string[]): Promise<Snapshot | Response> {
  await connection();
  const path = new URL(request.url).pathname;
  const query = parseQuery(new URL(request.url), NoQuery);
  if (!query.ok) return problemResponse(query.problem);
  if (!accepts(request, types))
    return problemResponse({
      status: 406,
      title: 'Not acceptable',
      detail: `${path} is served as ${types[0]} only; accept it or */*.`,
    });
  try {
    return await currentSnapshot({
      databaseFile: resolveDatabasePath(),
      live: getDataVersion,
      intervalMs: env().SNAPSHOT_INTERVAL_MINUTES * 60_000,
    });
  } catch (error) {
    console.error('The public snapshot could not be made:', error);
    return problemResponse(
      {
        status: 503,
        title: 'Snapshot unavailable',
        detail: 'The snapshot could not be made; try again shortly.',
      },
      { 'Retry-After': '60' },
    );
  }
}

/** The name a download is saved under: the day the snapshot was made. */
export const snapshotFileName = (snapshot: Snapshot) =>
  `tracker-${snapshot.createdAt.toISOString().slice(0, 10)}.sqlite`;

export function snapshotOptions(): Response {
  return new Response(null, {
    status: 204,
    headers: { ...API_CORS_HEADERS, 'Access-Control-Max-Age': '86400' },
  });
}
